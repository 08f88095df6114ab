/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-company.h"
#include "doorstep-json.h"
#include "doorstep-service-type.h"

struct _DoorstepCompany {
  DoorstepRecord  parent_instance;
  char           *name;
  char           *phone;
  char           *sms_phone;
  char           *email;
  char           *currency;
  char           *timezone_name;
  char           *address;         /* street, suite, "City, Region Postcode", on lines */
  char           *address_line;    /* the same on one line, for a maps search */
  GListModel     *service_types;
  GTimeZone      *timezone;
  GArray         *hours;           /* of DoorstepHoursSpan */
};

G_DEFINE_FINAL_TYPE (DoorstepCompany, doorstep_company, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepCompany, name, STRING, "name", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepCompany, phone, STRING, "phone", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCompany, sms_phone, STRING, "sms_phone", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCompany, email, STRING, "email", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCompany, currency, STRING, "currency", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepCompany, timezone_name, STRING, "timezone", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepCompany, address, STRING, NULL, OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCompany, address_line, STRING, NULL, OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCompany, service_types, LIST, "service_types", REQUIRED, doorstep_service_type_get_type),
};

static gboolean
parse_address (DoorstepCompany  *self,
               JsonObject       *object,
               GError          **error)
{
  JsonObject *address = doorstep_json_get_object (object, "address");
  g_autoptr(GString) locality = g_string_new (doorstep_json_get_string (address, "city"));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;
  const char *street[] = {
    doorstep_json_get_string (address, "line1"), doorstep_json_get_string (address, "line2"),
  };

  if (!doorstep_json_require (address != NULL, "company address", error))
    return FALSE;

  if (doorstep_json_get_string (address, "region") != NULL)
    g_string_append_printf (locality, ", %s", doorstep_json_get_string (address, "region"));
  if (doorstep_json_get_string (address, "postal_code") != NULL)
    g_string_append_printf (locality, " %s", doorstep_json_get_string (address, "postal_code"));

  for (guint i = 0; i < G_N_ELEMENTS (street); i++)
    if (street[i] != NULL && *street[i] != '\0')
      g_strv_builder_add (builder, street[i]);
  if (locality->len > 0)
    g_strv_builder_add (builder, locality->str);
  lines = g_strv_builder_end (builder);

  self->address = g_strjoinv ("\n", lines);
  self->address_line = g_strjoinv (", ", lines);
  return TRUE;
}

static gboolean
parse_hours (DoorstepCompany  *self,
             JsonObject       *object,
             GError          **error)
{
  JsonArray *hours = doorstep_json_get_array (object, "hours");

  if (!doorstep_json_require (hours != NULL, "opening hours", error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (hours); i++)
    {
      JsonNode *node = json_array_get_element (hours, i);
      JsonObject *span = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      DoorstepHoursSpan parsed = { 0 };

      parsed.weekday = (guint) doorstep_json_get_int (span, "weekday", 0);
      if (!doorstep_json_require (parsed.weekday >= 1 && parsed.weekday <= 7 &&
                                  doorstep_clock_time_parse (doorstep_json_get_string (span, "opens"), &parsed.opens) &&
                                  doorstep_clock_time_parse (doorstep_json_get_string (span, "closes"), &parsed.closes),
                                  "opening hours", error))
        return FALSE;
      g_array_append_val (self->hours, parsed);
    }
  return TRUE;
}

static gboolean
doorstep_company_parse (DoorstepRecord  *record,
                        JsonObject      *object,
                        GError         **error)
{
  DoorstepCompany *self = DOORSTEP_COMPANY (record);

  /* A zone this computer does not know is shown as UTC. */
  self->timezone = g_time_zone_new_identifier (self->timezone_name);
  if (self->timezone == NULL)
    self->timezone = g_time_zone_new_utc ();

  return parse_address (self, object, error) && parse_hours (self, object, error);
}

static void
doorstep_company_finalize (GObject *object)
{
  DoorstepCompany *self = DOORSTEP_COMPANY (object);

  g_clear_pointer (&self->timezone, g_time_zone_unref);
  g_clear_pointer (&self->hours, g_array_unref);
  G_OBJECT_CLASS (doorstep_company_parent_class)->finalize (object);
}

static void
doorstep_company_class_init (DoorstepCompanyClass *klass)
{
  DoorstepRecordClass *record_class = DOORSTEP_RECORD_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = doorstep_company_finalize;
  record_class->parse = doorstep_company_parse;
  doorstep_record_class_set_fields (record_class, "company", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_company_init (DoorstepCompany *self)
{
  self->hours = g_array_new (FALSE, FALSE, sizeof (DoorstepHoursSpan));
}

const char *doorstep_company_get_name (DoorstepCompany *self) { return self->name; }
const char *doorstep_company_get_phone (DoorstepCompany *self) { return self->phone; }
const char *doorstep_company_get_email (DoorstepCompany *self) { return self->email; }
const char *doorstep_company_get_currency (DoorstepCompany *self) { return self->currency; }
GTimeZone *doorstep_company_get_timezone (DoorstepCompany *self) { return self->timezone; }
const char *doorstep_company_get_address (DoorstepCompany *self) { return self->address; }
const char *doorstep_company_get_address_line (DoorstepCompany *self) { return self->address_line; }
GListModel *doorstep_company_get_service_types (DoorstepCompany *self) { return self->service_types; }

/* The number to text: the one for texts if the business has one. */
const char *
doorstep_company_get_sms_phone (DoorstepCompany *self)
{
  return self->sms_phone != NULL ? self->sms_phone : self->phone;
}

const DoorstepHoursSpan *
doorstep_company_get_hours (DoorstepCompany *self,
                            gsize           *n_spans)
{
  *n_spans = self->hours->len;
  return (const DoorstepHoursSpan *) (gpointer) self->hours->data;
}
