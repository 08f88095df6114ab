/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-enum-types.h"
#include "doorstep-json.h"
#include "doorstep-user.h"

struct _DoorstepUser {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *email;
  char           *display_name;
  int             role;
  char           *customer_id;    /* a customer's own record; NULL for staff */
  char           *customer_name;
};

G_DEFINE_FINAL_TYPE (DoorstepUser, doorstep_user, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepUser, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepUser, email, STRING, "email", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepUser, display_name, STRING, "display_name", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepUser, role, ENUM, "role", REQUIRED, doorstep_role_get_type),
  DOORSTEP_FIELD (DoorstepUser, customer_id, STRING, "customer.id", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepUser, customer_name, STRING, "customer.display_name", OPTIONAL, NULL),
};

/* A customer account belongs to a customer; a staff account to none. */
static gboolean
doorstep_user_parse (DoorstepRecord  *record,
                     JsonObject      *object,
                     GError         **error)
{
  DoorstepUser *self = DOORSTEP_USER (record);

  return doorstep_json_require ((self->role == DOORSTEP_ROLE_CUSTOMER) == (self->customer_id != NULL),
                                "user customer", error);
}

static void
doorstep_user_class_init (DoorstepUserClass *klass)
{
  DoorstepRecordClass *record_class = DOORSTEP_RECORD_CLASS (klass);

  record_class->parse = doorstep_user_parse;
  doorstep_record_class_set_fields (record_class, "user", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_user_init (DoorstepUser *self)
{
}

const char *doorstep_user_get_id (DoorstepUser *self) { return self->id; }
const char *doorstep_user_get_email (DoorstepUser *self) { return self->email; }
const char *doorstep_user_get_display_name (DoorstepUser *self) { return self->display_name; }
DoorstepRole doorstep_user_get_role (DoorstepUser *self) { return (DoorstepRole) self->role; }
const char *doorstep_user_get_customer_id (DoorstepUser *self) { return self->customer_id; }
const char *doorstep_user_get_customer_name (DoorstepUser *self) { return self->customer_name; }
