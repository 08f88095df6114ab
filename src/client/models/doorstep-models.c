/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-api-client.h"
#include "doorstep-models.h"

/* JSON readers: a member of the wrong type counts as missing, so a server
 * that sends nonsense gets an "invalid response" error, never a crash. */

const char *
doorstep_json_get_string (JsonObject *object,
                          const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

gint64
doorstep_json_get_int (JsonObject *object,
         const char *member,
         gint64      fallback)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return fallback;
  return json_node_get_int (node);
}

gboolean
doorstep_json_get_boolean (JsonObject *object,
                           const char *member,
                           gboolean    fallback)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fallback;
  return json_node_get_boolean (node);
}

JsonObject *
doorstep_json_get_object (JsonObject *object,
                          const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_node_get_object (node);
}

JsonArray *
doorstep_json_get_array (JsonObject *object,
           const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  return json_node_get_array (node);
}

gboolean
doorstep_json_require (gboolean     condition,
         const char  *what,
         GError     **error)
{
  if (!condition)
    g_set_error (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_INVALID_RESPONSE,
                 _("The server sent an answer Doorstep does not understand (%s)."), what);
  return condition;
}

/* DoorstepUser */

struct _DoorstepUser {
  GObject       parent_instance;
  char         *id;
  char         *email;
  char         *display_name;
  DoorstepRole  role;
  char         *customer_id;
};

G_DEFINE_FINAL_TYPE (DoorstepUser, doorstep_user, G_TYPE_OBJECT)

static void
doorstep_user_finalize (GObject *object)
{
  DoorstepUser *self = DOORSTEP_USER (object);

  g_free (self->id);
  g_free (self->email);
  g_free (self->display_name);
  g_free (self->customer_id);
  G_OBJECT_CLASS (doorstep_user_parent_class)->finalize (object);
}

static void
doorstep_user_class_init (DoorstepUserClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = doorstep_user_finalize;
}

static void
doorstep_user_init (DoorstepUser *self)
{
}

DoorstepUser *
doorstep_user_new_from_json (JsonObject  *object,
                             GError     **error)
{
  g_autoptr(DoorstepUser) self = g_object_new (DOORSTEP_TYPE_USER, NULL);
  JsonObject *customer = doorstep_json_get_object (object, "customer");

  self->id = g_strdup (doorstep_json_get_string (object, "id"));
  self->email = g_strdup (doorstep_json_get_string (object, "email"));
  self->display_name = g_strdup (doorstep_json_get_string (object, "display_name"));
  self->customer_id = g_strdup (doorstep_json_get_string (customer, "id"));

  if (!doorstep_json_require (self->id != NULL && self->email != NULL && self->display_name != NULL, "user", error) ||
      !doorstep_json_require (doorstep_role_from_string (doorstep_json_get_string (object, "role"), &self->role), "role", error) ||
      !doorstep_json_require ((self->role == DOORSTEP_ROLE_CUSTOMER) == (self->customer_id != NULL), "customer", error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *doorstep_user_get_id (DoorstepUser *self) { return self->id; }
const char *doorstep_user_get_email (DoorstepUser *self) { return self->email; }
const char *doorstep_user_get_display_name (DoorstepUser *self) { return self->display_name; }
DoorstepRole doorstep_user_get_role (DoorstepUser *self) { return self->role; }
const char *doorstep_user_get_customer_id (DoorstepUser *self) { return self->customer_id; }

/* DoorstepProperty */

struct _DoorstepProperty {
  GObject  parent_instance;
  char    *id;
  char    *label;
  char    *street;
  char    *city;
  int      year_built;
  char    *building_details;
};

G_DEFINE_FINAL_TYPE (DoorstepProperty, doorstep_property, G_TYPE_OBJECT)

static void
doorstep_property_finalize (GObject *object)
{
  DoorstepProperty *self = DOORSTEP_PROPERTY (object);

  g_free (self->id);
  g_free (self->label);
  g_free (self->street);
  g_free (self->city);
  g_free (self->building_details);
  G_OBJECT_CLASS (doorstep_property_parent_class)->finalize (object);
}

static void
doorstep_property_class_init (DoorstepPropertyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = doorstep_property_finalize;
}

static void
doorstep_property_init (DoorstepProperty *self)
{
}

static DoorstepProperty *
doorstep_property_new_from_json (JsonObject  *object,
                                 GError     **error)
{
  g_autoptr(DoorstepProperty) self = g_object_new (DOORSTEP_TYPE_PROPERTY, NULL);
  JsonObject *address = doorstep_json_get_object (object, "address");

  self->id = g_strdup (doorstep_json_get_string (object, "id"));
  self->label = g_strdup (doorstep_json_get_string (object, "label"));
  self->street = g_strdup (doorstep_json_get_string (address, "line1"));
  self->city = g_strdup (doorstep_json_get_string (address, "city"));
  self->year_built = (int) doorstep_json_get_int (object, "year_built", 0);
  self->building_details = g_strdup (doorstep_json_get_string (object, "building_details"));

  if (!doorstep_json_require (self->id != NULL && self->label != NULL && self->street != NULL, "property", error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *doorstep_property_get_id (DoorstepProperty *self) { return self->id; }
const char *doorstep_property_get_label (DoorstepProperty *self) { return self->label; }
const char *doorstep_property_get_street (DoorstepProperty *self) { return self->street; }
const char *doorstep_property_get_city (DoorstepProperty *self) { return self->city; }
int doorstep_property_get_year_built (DoorstepProperty *self) { return self->year_built; }
const char *doorstep_property_get_building_details (DoorstepProperty *self) { return self->building_details; }

/**
 * doorstep_property_dup_summary:
 *
 * Returns: (transfer full): "Home — 2218 SE Salmon St", how a person picks
 *   a property from a list
 */
char *
doorstep_property_dup_summary (DoorstepProperty *self)
{
  /* Translators: a property's label and its street address */
  return g_strdup_printf (_("%s — %s"), self->label, self->street);
}

/* DoorstepServiceType */

struct _DoorstepServiceType {
  GObject  parent_instance;
  char    *id;
  char    *name;
};

G_DEFINE_FINAL_TYPE (DoorstepServiceType, doorstep_service_type, G_TYPE_OBJECT)

static void
doorstep_service_type_finalize (GObject *object)
{
  DoorstepServiceType *self = DOORSTEP_SERVICE_TYPE (object);

  g_free (self->id);
  g_free (self->name);
  G_OBJECT_CLASS (doorstep_service_type_parent_class)->finalize (object);
}

static void
doorstep_service_type_class_init (DoorstepServiceTypeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = doorstep_service_type_finalize;
}

static void
doorstep_service_type_init (DoorstepServiceType *self)
{
}

const char *doorstep_service_type_get_id (DoorstepServiceType *self) { return self->id; }
const char *doorstep_service_type_get_name (DoorstepServiceType *self) { return self->name; }

/* DoorstepCompany */

struct _DoorstepCompany {
  GObject            parent_instance;
  char              *name;
  char              *phone;
  char              *sms_phone;
  char              *email;
  char              *currency;
  char              *address_lines[3];   /* street, suite, "City, Region Postcode" */
  GTimeZone         *timezone;
  GArray            *hours;              /* DoorstepHoursSpan */
  GListStore        *service_types;
};

G_DEFINE_FINAL_TYPE (DoorstepCompany, doorstep_company, G_TYPE_OBJECT)

static void
doorstep_company_finalize (GObject *object)
{
  DoorstepCompany *self = DOORSTEP_COMPANY (object);

  g_free (self->name);
  g_free (self->phone);
  g_free (self->sms_phone);
  g_free (self->email);
  g_free (self->currency);
  for (guint i = 0; i < G_N_ELEMENTS (self->address_lines); i++)
    g_free (self->address_lines[i]);
  g_clear_pointer (&self->timezone, g_time_zone_unref);
  g_clear_pointer (&self->hours, g_array_unref);
  g_clear_object (&self->service_types);
  G_OBJECT_CLASS (doorstep_company_parent_class)->finalize (object);
}

static void
doorstep_company_class_init (DoorstepCompanyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = doorstep_company_finalize;
}

static void
doorstep_company_init (DoorstepCompany *self)
{
  self->hours = g_array_new (FALSE, FALSE, sizeof (DoorstepHoursSpan));
  self->service_types = g_list_store_new (DOORSTEP_TYPE_SERVICE_TYPE);
}

DoorstepCompany *
doorstep_company_new_from_json (JsonObject  *object,
                                GError     **error)
{
  g_autoptr(DoorstepCompany) self = g_object_new (DOORSTEP_TYPE_COMPANY, NULL);
  JsonObject *address = doorstep_json_get_object (object, "address");
  JsonArray *hours = doorstep_json_get_array (object, "hours");
  JsonArray *services = doorstep_json_get_array (object, "service_types");
  const char *tz = doorstep_json_get_string (object, "timezone");
  g_autoptr(GString) locality = g_string_new (doorstep_json_get_string (address, "city"));

  self->name = g_strdup (doorstep_json_get_string (object, "name"));
  self->phone = g_strdup (doorstep_json_get_string (object, "phone"));
  self->sms_phone = g_strdup (doorstep_json_get_string (object, "sms_phone"));
  self->email = g_strdup (doorstep_json_get_string (object, "email"));
  self->currency = g_strdup (doorstep_json_get_string (object, "currency"));

  if (!doorstep_json_require (self->name != NULL && self->currency != NULL && address != NULL &&
                hours != NULL && services != NULL && tz != NULL, "company", error))
    return NULL;

  self->timezone = g_time_zone_new_identifier (tz);
  if (self->timezone == NULL)
    self->timezone = g_time_zone_new_utc ();

  self->address_lines[0] = g_strdup (doorstep_json_get_string (address, "line1"));
  self->address_lines[1] = g_strdup (doorstep_json_get_string (address, "line2"));
  if (doorstep_json_get_string (address, "region") != NULL)
    g_string_append_printf (locality, ", %s", doorstep_json_get_string (address, "region"));
  if (doorstep_json_get_string (address, "postal_code") != NULL)
    g_string_append_printf (locality, " %s", doorstep_json_get_string (address, "postal_code"));
  self->address_lines[2] = g_string_free (g_steal_pointer (&locality), FALSE);

  for (guint i = 0; i < json_array_get_length (hours); i++)
    {
      JsonObject *span = json_array_get_object_element (hours, i);
      DoorstepHoursSpan parsed = { 0 };

      parsed.weekday = (guint) doorstep_json_get_int (span, "weekday", 0);
      if (!doorstep_json_require (parsed.weekday >= 1 && parsed.weekday <= 7 &&
                    doorstep_clock_time_parse (doorstep_json_get_string (span, "opens"), &parsed.opens) &&
                    doorstep_clock_time_parse (doorstep_json_get_string (span, "closes"), &parsed.closes),
                    "opening hours", error))
        return NULL;
      g_array_append_val (self->hours, parsed);
    }

  for (guint i = 0; i < json_array_get_length (services); i++)
    {
      JsonObject *service = json_array_get_object_element (services, i);
      g_autoptr(DoorstepServiceType) type = g_object_new (DOORSTEP_TYPE_SERVICE_TYPE, NULL);

      type->id = g_strdup (doorstep_json_get_string (service, "id"));
      type->name = g_strdup (doorstep_json_get_string (service, "name"));
      if (!doorstep_json_require (type->id != NULL && type->name != NULL, "service type", error))
        return NULL;
      g_list_store_append (self->service_types, type);
    }

  return g_steal_pointer (&self);
}

const char *doorstep_company_get_name (DoorstepCompany *self) { return self->name; }
const char *doorstep_company_get_phone (DoorstepCompany *self) { return self->phone; }
const char *doorstep_company_get_email (DoorstepCompany *self) { return self->email; }
const char *doorstep_company_get_currency (DoorstepCompany *self) { return self->currency; }
GTimeZone *doorstep_company_get_timezone (DoorstepCompany *self) { return self->timezone; }
GListModel *doorstep_company_get_service_types (DoorstepCompany *self) { return G_LIST_MODEL (self->service_types); }

const char *
doorstep_company_get_sms_phone (DoorstepCompany *self)
{
  return self->sms_phone != NULL ? self->sms_phone : self->phone;
}

/**
 * doorstep_company_dup_address:
 * @one_line: join with ", " (for a maps search) rather than new lines
 *
 * Returns: (transfer full): the postal address
 */
char *
doorstep_company_dup_address (DoorstepCompany *self,
                              gboolean         one_line)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (self->address_lines); i++)
    if (self->address_lines[i] != NULL && *self->address_lines[i] != '\0')
      g_strv_builder_add (builder, self->address_lines[i]);
  lines = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return g_strjoinv (one_line ? ", " : "\n", lines);
}

const DoorstepHoursSpan *
doorstep_company_get_hours (DoorstepCompany *self,
                            gsize           *n_spans)
{
  *n_spans = self->hours->len;
  return (const DoorstepHoursSpan *) (gpointer) self->hours->data;
}

/* DoorstepDashboard */

struct _DoorstepDashboard {
  GObject               parent_instance;
  char                 *customer_id;
  char                 *customer_name;
  GListStore           *properties;
  guint                 open_quotes;
  gint64                open_quotes_total;
  gboolean              has_next_visit;
  DoorstepVisitSummary  next_visit;
  gint64                balance_due;
  guint                 overdue_count;
  guint                 open_requests;
  char                 *currency;
};

G_DEFINE_FINAL_TYPE (DoorstepDashboard, doorstep_dashboard, G_TYPE_OBJECT)

static void
doorstep_dashboard_finalize (GObject *object)
{
  DoorstepDashboard *self = DOORSTEP_DASHBOARD (object);

  g_free (self->customer_id);
  g_free (self->customer_name);
  g_clear_object (&self->properties);
  g_free (self->next_visit.title);
  g_free (self->next_visit.technician_name);
  g_clear_pointer (&self->next_visit.starts_at, g_date_time_unref);
  g_clear_pointer (&self->next_visit.ends_at, g_date_time_unref);
  g_free (self->currency);
  G_OBJECT_CLASS (doorstep_dashboard_parent_class)->finalize (object);
}

static void
doorstep_dashboard_class_init (DoorstepDashboardClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = doorstep_dashboard_finalize;
}

static void
doorstep_dashboard_init (DoorstepDashboard *self)
{
  self->properties = g_list_store_new (DOORSTEP_TYPE_PROPERTY);
}

DoorstepDashboard *
doorstep_dashboard_new_from_json (JsonObject  *object,
                                  GError     **error)
{
  g_autoptr(DoorstepDashboard) self = g_object_new (DOORSTEP_TYPE_DASHBOARD, NULL);
  JsonObject *customer = doorstep_json_get_object (object, "customer");
  JsonArray *properties = doorstep_json_get_array (customer, "properties");
  JsonObject *quotes = doorstep_json_get_object (object, "open_quotes");
  JsonObject *quotes_total = doorstep_json_get_object (quotes, "total");
  JsonObject *balance = doorstep_json_get_object (object, "balance_due");
  JsonObject *balance_total = doorstep_json_get_object (balance, "total");
  JsonObject *requests = doorstep_json_get_object (object, "open_requests");
  JsonObject *visit = doorstep_json_get_object (object, "next_visit");

  self->customer_id = g_strdup (doorstep_json_get_string (customer, "id"));
  self->customer_name = g_strdup (doorstep_json_get_string (customer, "display_name"));
  self->currency = g_strdup (doorstep_json_get_string (balance_total, "currency"));

  if (!doorstep_json_require (self->customer_id != NULL && properties != NULL && quotes != NULL &&
                balance != NULL && requests != NULL && self->currency != NULL, "dashboard", error))
    return NULL;

  for (guint i = 0; i < json_array_get_length (properties); i++)
    {
      g_autoptr(DoorstepProperty) property =
        doorstep_property_new_from_json (json_array_get_object_element (properties, i), error);

      if (property == NULL)
        return NULL;
      g_list_store_append (self->properties, property);
    }

  self->open_quotes = (guint) doorstep_json_get_int (quotes, "count", 0);
  self->open_quotes_total = doorstep_json_get_int (quotes_total, "amount_minor", 0);
  self->balance_due = doorstep_json_get_int (balance_total, "amount_minor", 0);
  self->overdue_count = (guint) doorstep_json_get_int (balance, "overdue_count", 0);
  self->open_requests = (guint) doorstep_json_get_int (requests, "count", 0);

  if (visit != NULL)
    {
      self->next_visit.title = g_strdup (doorstep_json_get_string (visit, "title"));
      self->next_visit.technician_name = g_strdup (doorstep_json_get_string (visit, "technician_name"));
      self->next_visit.starts_at = doorstep_timestamp_parse (doorstep_json_get_string (visit, "starts_at"));
      self->next_visit.ends_at = doorstep_timestamp_parse (doorstep_json_get_string (visit, "ends_at"));
      if (!doorstep_json_require (self->next_visit.starts_at != NULL && self->next_visit.ends_at != NULL,
                    "next visit", error))
        return NULL;
      self->has_next_visit = TRUE;
    }

  return g_steal_pointer (&self);
}

const char *doorstep_dashboard_get_customer_id (DoorstepDashboard *self) { return self->customer_id; }
const char *doorstep_dashboard_get_customer_name (DoorstepDashboard *self) { return self->customer_name; }
GListModel *doorstep_dashboard_get_properties (DoorstepDashboard *self) { return G_LIST_MODEL (self->properties); }
guint doorstep_dashboard_get_open_quotes (DoorstepDashboard *self) { return self->open_quotes; }
gint64 doorstep_dashboard_get_open_quotes_total (DoorstepDashboard *self) { return self->open_quotes_total; }
gint64 doorstep_dashboard_get_balance_due (DoorstepDashboard *self) { return self->balance_due; }
guint doorstep_dashboard_get_overdue_count (DoorstepDashboard *self) { return self->overdue_count; }
guint doorstep_dashboard_get_open_requests (DoorstepDashboard *self) { return self->open_requests; }
const char *doorstep_dashboard_get_currency (DoorstepDashboard *self) { return self->currency; }

const DoorstepVisitSummary *
doorstep_dashboard_get_next_visit (DoorstepDashboard *self)
{
  return self->has_next_visit ? &self->next_visit : NULL;
}

/* DoorstepCustomer */

struct _DoorstepCustomer {
  GObject  parent_instance;
  char    *id;
  char    *display_name;
  char    *email;
  char    *phone;
  char    *city;
  guint    property_count;
};

G_DEFINE_FINAL_TYPE (DoorstepCustomer, doorstep_customer, G_TYPE_OBJECT)

static void
doorstep_customer_finalize (GObject *object)
{
  DoorstepCustomer *self = DOORSTEP_CUSTOMER (object);

  g_free (self->id);
  g_free (self->display_name);
  g_free (self->email);
  g_free (self->phone);
  g_free (self->city);
  G_OBJECT_CLASS (doorstep_customer_parent_class)->finalize (object);
}

static void
doorstep_customer_class_init (DoorstepCustomerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = doorstep_customer_finalize;
}

static void
doorstep_customer_init (DoorstepCustomer *self)
{
}

GObject *
doorstep_customer_new_from_json (JsonObject  *object,
                                 GError     **error)
{
  g_autoptr(DoorstepCustomer) self = g_object_new (DOORSTEP_TYPE_CUSTOMER, NULL);

  self->id = g_strdup (doorstep_json_get_string (object, "id"));
  self->display_name = g_strdup (doorstep_json_get_string (object, "display_name"));
  self->email = g_strdup (doorstep_json_get_string (object, "email"));
  self->phone = g_strdup (doorstep_json_get_string (object, "phone"));
  self->city = g_strdup (doorstep_json_get_string (object, "city"));
  self->property_count = (guint) doorstep_json_get_int (object, "property_count", 0);

  if (!doorstep_json_require (self->id != NULL && self->display_name != NULL, "customer", error))
    return NULL;

  return G_OBJECT (g_steal_pointer (&self));
}

const char *doorstep_customer_get_id (DoorstepCustomer *self) { return self->id; }
const char *doorstep_customer_get_display_name (DoorstepCustomer *self) { return self->display_name; }
const char *doorstep_customer_get_email (DoorstepCustomer *self) { return self->email; }
const char *doorstep_customer_get_phone (DoorstepCustomer *self) { return self->phone; }
const char *doorstep_customer_get_city (DoorstepCustomer *self) { return self->city; }
guint doorstep_customer_get_property_count (DoorstepCustomer *self) { return self->property_count; }

/* DoorstepServiceRequest */

struct _DoorstepServiceRequest {
  GObject                parent_instance;
  char                  *id;
  DoorstepRequestKind    kind;
  char                  *service_name;
  char                  *property_label;
  char                  *description;
  DoorstepRequestStatus  status;
};

G_DEFINE_FINAL_TYPE (DoorstepServiceRequest, doorstep_service_request, G_TYPE_OBJECT)

static void
doorstep_service_request_finalize (GObject *object)
{
  DoorstepServiceRequest *self = DOORSTEP_SERVICE_REQUEST (object);

  g_free (self->id);
  g_free (self->service_name);
  g_free (self->property_label);
  g_free (self->description);
  G_OBJECT_CLASS (doorstep_service_request_parent_class)->finalize (object);
}

static void
doorstep_service_request_class_init (DoorstepServiceRequestClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = doorstep_service_request_finalize;
}

static void
doorstep_service_request_init (DoorstepServiceRequest *self)
{
}

GObject *
doorstep_service_request_new_from_json (JsonObject  *object,
                                        GError     **error)
{
  g_autoptr(DoorstepServiceRequest) self = g_object_new (DOORSTEP_TYPE_SERVICE_REQUEST, NULL);

  self->id = g_strdup (doorstep_json_get_string (object, "id"));
  self->service_name = g_strdup (doorstep_json_get_string (object, "service_type_name"));
  self->property_label = g_strdup (doorstep_json_get_string (object, "property_label"));
  self->description = g_strdup (doorstep_json_get_string (object, "description"));

  if (!doorstep_json_require (self->id != NULL && self->description != NULL, "request", error) ||
      !doorstep_json_require (doorstep_request_kind_from_string (doorstep_json_get_string (object, "kind"), &self->kind), "request kind", error) ||
      !doorstep_json_require (doorstep_request_status_from_string (doorstep_json_get_string (object, "status"), &self->status), "request status", error))
    return NULL;

  return G_OBJECT (g_steal_pointer (&self));
}

const char *doorstep_service_request_get_id (DoorstepServiceRequest *self) { return self->id; }
DoorstepRequestKind doorstep_service_request_get_kind (DoorstepServiceRequest *self) { return self->kind; }
const char *doorstep_service_request_get_service_name (DoorstepServiceRequest *self) { return self->service_name; }
const char *doorstep_service_request_get_property_label (DoorstepServiceRequest *self) { return self->property_label; }
const char *doorstep_service_request_get_description (DoorstepServiceRequest *self) { return self->description; }
DoorstepRequestStatus doorstep_service_request_get_status (DoorstepServiceRequest *self) { return self->status; }

/* DoorstepHealth */

struct _DoorstepHealth {
  GObject  parent_instance;
  char    *version;
  char    *demo_password;
  GArray  *demo_accounts;  /* DoorstepDemoAccount */
};

G_DEFINE_FINAL_TYPE (DoorstepHealth, doorstep_health, G_TYPE_OBJECT)

static void
clear_demo_account (gpointer data)
{
  DoorstepDemoAccount *account = data;

  g_free (account->email);
  g_free (account->display_name);
}

static void
doorstep_health_finalize (GObject *object)
{
  DoorstepHealth *self = DOORSTEP_HEALTH (object);

  g_free (self->version);
  g_free (self->demo_password);
  g_clear_pointer (&self->demo_accounts, g_array_unref);
  G_OBJECT_CLASS (doorstep_health_parent_class)->finalize (object);
}

static void
doorstep_health_class_init (DoorstepHealthClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = doorstep_health_finalize;
}

static void
doorstep_health_init (DoorstepHealth *self)
{
  self->demo_accounts = g_array_new (FALSE, TRUE, sizeof (DoorstepDemoAccount));
  g_array_set_clear_func (self->demo_accounts, clear_demo_account);
}

DoorstepHealth *
doorstep_health_new_from_json (JsonObject  *object,
                               GError     **error)
{
  g_autoptr(DoorstepHealth) self = g_object_new (DOORSTEP_TYPE_HEALTH, NULL);
  JsonObject *demo = doorstep_json_get_object (object, "demo");
  JsonArray *accounts = doorstep_json_get_array (demo, "accounts");

  if (!doorstep_json_require (g_strcmp0 (doorstep_json_get_string (object, "status"), "ok") == 0, "health", error))
    return NULL;

  self->version = g_strdup (doorstep_json_get_string (object, "version"));
  self->demo_password = g_strdup (doorstep_json_get_string (demo, "password"));

  for (guint i = 0; accounts != NULL && i < json_array_get_length (accounts); i++)
    {
      JsonObject *account = json_array_get_object_element (accounts, i);
      DoorstepDemoAccount parsed = { 0 };

      if (!doorstep_role_from_string (doorstep_json_get_string (account, "role"), &parsed.role) ||
          doorstep_json_get_string (account, "email") == NULL)
        continue;
      parsed.email = g_strdup (doorstep_json_get_string (account, "email"));
      parsed.display_name = g_strdup (doorstep_json_get_string (account, "display_name"));
      g_array_append_val (self->demo_accounts, parsed);
    }

  return g_steal_pointer (&self);
}

const char *doorstep_health_get_version (DoorstepHealth *self) { return self->version; }
const char *doorstep_health_get_demo_password (DoorstepHealth *self) { return self->demo_password; }

const DoorstepDemoAccount *
doorstep_health_get_demo_accounts (DoorstepHealth *self,
                                   guint          *n_accounts)
{
  *n_accounts = self->demo_password != NULL ? self->demo_accounts->len : 0;
  return (const DoorstepDemoAccount *) (gpointer) self->demo_accounts->data;
}

/* DoorstepPage */

struct _DoorstepPage {
  GObject     parent_instance;
  GListStore *items;
  char       *next_cursor;
};

G_DEFINE_FINAL_TYPE (DoorstepPage, doorstep_page, G_TYPE_OBJECT)

static void
doorstep_page_finalize (GObject *object)
{
  DoorstepPage *self = DOORSTEP_PAGE (object);

  g_clear_object (&self->items);
  g_free (self->next_cursor);
  G_OBJECT_CLASS (doorstep_page_parent_class)->finalize (object);
}

static void
doorstep_page_class_init (DoorstepPageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = doorstep_page_finalize;
}

static void
doorstep_page_init (DoorstepPage *self)
{
}

DoorstepPage *
doorstep_page_new_from_json (JsonObject          *object,
                             GType                item_type,
                             DoorstepItemParser   parser,
                             GError             **error)
{
  g_autoptr(DoorstepPage) self = g_object_new (DOORSTEP_TYPE_PAGE, NULL);
  JsonArray *items = doorstep_json_get_array (object, "items");
  g_autoptr(GPtrArray) parsed = g_ptr_array_new_with_free_func (g_object_unref);

  if (!doorstep_json_require (items != NULL, "list", error))
    return NULL;

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *node = json_array_get_element (items, i);
      GObject *item;

      if (!doorstep_json_require (JSON_NODE_HOLDS_OBJECT (node), "list item", error))
        return NULL;
      item = parser (json_node_get_object (node), error);
      if (item == NULL)
        return NULL;
      g_ptr_array_add (parsed, item);
    }

  self->items = g_list_store_new (item_type);
  g_list_store_splice (self->items, 0, 0, parsed->pdata, parsed->len);
  self->next_cursor = g_strdup (doorstep_json_get_string (object, "next_cursor"));

  return g_steal_pointer (&self);
}

GListModel *doorstep_page_get_items (DoorstepPage *self) { return G_LIST_MODEL (self->items); }
const char *doorstep_page_get_next_cursor (DoorstepPage *self) { return self->next_cursor; }
