/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-customer-details.h"
#include "doorstep-json.h"

struct _DoorstepCustomerDetails {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *display_name;
  char           *first_name;
  char           *last_name;
  char           *company_name;
  char           *customer_type;  /* as the server says it: a kind this app may not know yet */
  char           *email;
  char           *phone;
  gint64          version;
  char           *etag;           /* from the answer's headers, not its body */
};

G_DEFINE_FINAL_TYPE (DoorstepCustomerDetails, doorstep_customer_details, DOORSTEP_TYPE_RECORD)

const char * const doorstep_customer_details_fields[] = {
  "first_name", "last_name", "company_name", "customer_type", "email", "phone", NULL,
};

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepCustomerDetails, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepCustomerDetails, display_name, STRING, "display_name", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepCustomerDetails, first_name, STRING, "first_name", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCustomerDetails, last_name, STRING, "last_name", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCustomerDetails, company_name, STRING, "company_name", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCustomerDetails, customer_type, STRING, "customer_type", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCustomerDetails, email, STRING, "email", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCustomerDetails, phone, STRING, "phone", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCustomerDetails, version, INT, "version", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepCustomerDetails, etag, STRING, NULL, OPTIONAL, NULL),
};

static void
doorstep_customer_details_class_init (DoorstepCustomerDetailsClass *klass)
{
  doorstep_record_class_set_fields (DOORSTEP_RECORD_CLASS (klass), "customer", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_customer_details_init (DoorstepCustomerDetails *self)
{
}

/**
 * doorstep_customer_details_new_from_json:
 * @etag: the answer's ETag header, which names @object's version
 *
 * Returns: (transfer full) (nullable): the record, or %NULL with @error set
 *   when @object is not one, or came without its ETag
 */
DoorstepCustomerDetails *
doorstep_customer_details_new_from_json (JsonObject  *object,
                                         const char  *etag,
                                         GError     **error)
{
  DoorstepCustomerDetails *self;

  if (!doorstep_json_require (etag != NULL && *etag != '\0', "customer ETag", error))
    return NULL;
  self = doorstep_record_new_from_json (DOORSTEP_TYPE_CUSTOMER_DETAILS, object, error);
  if (self != NULL)
    self->etag = g_strdup (etag);
  return self;
}

const char *doorstep_customer_details_get_id (DoorstepCustomerDetails *self) { return self->id; }
const char *doorstep_customer_details_get_display_name (DoorstepCustomerDetails *self) { return self->display_name; }
const char *doorstep_customer_details_get_first_name (DoorstepCustomerDetails *self) { return self->first_name; }
const char *doorstep_customer_details_get_last_name (DoorstepCustomerDetails *self) { return self->last_name; }
const char *doorstep_customer_details_get_company_name (DoorstepCustomerDetails *self) { return self->company_name; }
const char *doorstep_customer_details_get_customer_type (DoorstepCustomerDetails *self) { return self->customer_type; }
const char *doorstep_customer_details_get_email (DoorstepCustomerDetails *self) { return self->email; }
const char *doorstep_customer_details_get_phone (DoorstepCustomerDetails *self) { return self->phone; }
gint64 doorstep_customer_details_get_version (DoorstepCustomerDetails *self) { return self->version; }
const char *doorstep_customer_details_get_etag (DoorstepCustomerDetails *self) { return self->etag; }

/**
 * doorstep_customer_details_get_field:
 * @member: one of doorstep_customer_details_fields
 *
 * Returns: (nullable): the field's value; %NULL when it is empty
 */
const char *
doorstep_customer_details_get_field (DoorstepCustomerDetails *self,
                                     const char              *member)
{
  const char *values[] = { self->first_name, self->last_name, self->company_name, self->customer_type,
                           self->email, self->phone };

  g_return_val_if_fail (DOORSTEP_IS_CUSTOMER_DETAILS (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    if (g_str_equal (doorstep_customer_details_fields[i], member))
      return values[i] != NULL && *values[i] != '\0' ? values[i] : NULL;
  g_return_val_if_reached (NULL);
}
