/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-customer.h"
#include "doorstep-property.h"

struct _DoorstepCustomer {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *display_name;
  char           *email;
  char           *phone;
  char           *city;
  gint64          property_count;
  GListModel     *properties;     /* empty where the answer lists none */
};

G_DEFINE_FINAL_TYPE (DoorstepCustomer, doorstep_customer, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepCustomer, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepCustomer, display_name, STRING, "display_name", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepCustomer, email, STRING, "email", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCustomer, phone, STRING, "phone", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCustomer, city, STRING, "city", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCustomer, property_count, INT, "property_count", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCustomer, properties, LIST, "properties", OPTIONAL, doorstep_property_get_type),
};

static void
doorstep_customer_class_init (DoorstepCustomerClass *klass)
{
  doorstep_record_class_set_fields (DOORSTEP_RECORD_CLASS (klass), "customer", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_customer_init (DoorstepCustomer *self)
{
}

const char *doorstep_customer_get_id (DoorstepCustomer *self) { return self->id; }
const char *doorstep_customer_get_display_name (DoorstepCustomer *self) { return self->display_name; }
const char *doorstep_customer_get_email (DoorstepCustomer *self) { return self->email; }
const char *doorstep_customer_get_phone (DoorstepCustomer *self) { return self->phone; }
const char *doorstep_customer_get_city (DoorstepCustomer *self) { return self->city; }
gint64 doorstep_customer_get_property_count (DoorstepCustomer *self) { return self->property_count; }
GListModel *doorstep_customer_get_properties (DoorstepCustomer *self) { return self->properties; }
