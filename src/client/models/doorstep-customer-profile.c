/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-common.h"
#include "doorstep-customer-profile.h"

struct _DoorstepCustomerProfile {
  DoorstepRecord  parent_instance;
  char           *id;
  char           *display_name;
  char           *first_name;
  char           *last_name;
  char           *company_name;
  char           *customer_type;
  char           *email;
  char           *phone;
  GDate          *customer_since;
  gint64          property_count;
  gint64          lifetime_value;
  char           *lifetime_currency;
  gint64          balance_due;
  char           *balance_currency;
  gint64          invoice_count;
  gint64          overdue;
  gint64          overdue_count;
  gint64          open_quotes_count;
  gint64          open_quotes_total;
  char           *open_quotes_currency;
};

G_DEFINE_FINAL_TYPE (DoorstepCustomerProfile, doorstep_customer_profile, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepCustomerProfile, id, STRING, "id", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepCustomerProfile, display_name, STRING, "display_name", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepCustomerProfile, first_name, STRING, "first_name", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCustomerProfile, last_name, STRING, "last_name", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCustomerProfile, company_name, STRING, "company_name", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCustomerProfile, customer_type, STRING, "customer_type", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCustomerProfile, email, STRING, "email", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCustomerProfile, phone, STRING, "phone", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCustomerProfile, customer_since, DATE, "customer_since", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCustomerProfile, property_count, INT, "property_count", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCustomerProfile, lifetime_value, INT, "lifetime_value.amount_minor", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepCustomerProfile, lifetime_currency, STRING, "lifetime_value.currency", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepCustomerProfile, balance_due, INT, "balance_due.total.amount_minor", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepCustomerProfile, balance_currency, STRING, "balance_due.total.currency", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepCustomerProfile, invoice_count, INT, "balance_due.invoice_count", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCustomerProfile, overdue, INT, "balance_due.overdue.amount_minor", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCustomerProfile, overdue_count, INT, "balance_due.overdue_count", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCustomerProfile, open_quotes_count, INT, "open_quotes.count", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCustomerProfile, open_quotes_total, INT, "open_quotes.total.amount_minor", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepCustomerProfile, open_quotes_currency, STRING, "open_quotes.total.currency", OPTIONAL, NULL),
};

static gboolean
doorstep_customer_profile_parse (DoorstepRecord  *record,
                                 JsonObject      *object,
                                 GError         **error)
{
  DoorstepCustomerProfile *self = DOORSTEP_CUSTOMER_PROFILE (record);

  if (self->lifetime_value < 0 || self->balance_due < 0 || self->overdue < 0 || self->overdue > self->balance_due ||
      self->invoice_count < 0 || self->overdue_count < 0 || self->overdue_count > self->invoice_count ||
      self->open_quotes_count < 0 || self->open_quotes_total < 0 || self->property_count < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "customer %s has impossible figures", self->id);
      return FALSE;
    }
  return TRUE;
}

static void
doorstep_customer_profile_class_init (DoorstepCustomerProfileClass *klass)
{
  DoorstepRecordClass *record_class = DOORSTEP_RECORD_CLASS (klass);

  record_class->parse = doorstep_customer_profile_parse;
  doorstep_record_class_set_fields (record_class, "customer", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_customer_profile_init (DoorstepCustomerProfile *self)
{
}

const char *doorstep_customer_profile_get_id (DoorstepCustomerProfile *self) { return self->id; }
const char *doorstep_customer_profile_get_display_name (DoorstepCustomerProfile *self) { return self->display_name; }
const char *doorstep_customer_profile_get_first_name (DoorstepCustomerProfile *self) { return self->first_name; }
const char *doorstep_customer_profile_get_last_name (DoorstepCustomerProfile *self) { return self->last_name; }
const char *doorstep_customer_profile_get_company_name (DoorstepCustomerProfile *self) { return self->company_name; }
const char *doorstep_customer_profile_get_customer_type (DoorstepCustomerProfile *self) { return self->customer_type; }
const char *doorstep_customer_profile_get_email (DoorstepCustomerProfile *self) { return self->email; }
const char *doorstep_customer_profile_get_phone (DoorstepCustomerProfile *self) { return self->phone; }
GDate *doorstep_customer_profile_get_customer_since (DoorstepCustomerProfile *self) { return self->customer_since; }
gint64 doorstep_customer_profile_get_property_count (DoorstepCustomerProfile *self) { return self->property_count; }
gint64 doorstep_customer_profile_get_lifetime_value (DoorstepCustomerProfile *self) { return self->lifetime_value; }
const char *doorstep_customer_profile_get_lifetime_currency (DoorstepCustomerProfile *self) { return self->lifetime_currency; }
gint64 doorstep_customer_profile_get_balance_due (DoorstepCustomerProfile *self) { return self->balance_due; }
const char *doorstep_customer_profile_get_balance_currency (DoorstepCustomerProfile *self) { return self->balance_currency; }
gint64 doorstep_customer_profile_get_invoice_count (DoorstepCustomerProfile *self) { return self->invoice_count; }
gint64 doorstep_customer_profile_get_overdue (DoorstepCustomerProfile *self) { return self->overdue; }
gint64 doorstep_customer_profile_get_overdue_count (DoorstepCustomerProfile *self) { return self->overdue_count; }
gint64 doorstep_customer_profile_get_open_quotes_count (DoorstepCustomerProfile *self) { return self->open_quotes_count; }
gint64 doorstep_customer_profile_get_open_quotes_total (DoorstepCustomerProfile *self) { return self->open_quotes_total; }

/* The open quotes' currency; with none open the server may leave it out,
 * and the business's is the balance's. */
const char *
doorstep_customer_profile_get_open_quotes_currency (DoorstepCustomerProfile *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CUSTOMER_PROFILE (self), NULL);
  return self->open_quotes_currency != NULL ? self->open_quotes_currency : self->balance_currency;
}

/**
 * doorstep_customer_profile_dup_type_label:
 *
 * Returns: (transfer full) (nullable): what kind of customer, for people
 *   to read: "Homeowner", "Property Manager"; a kind this version does
 *   not know is shown as the server names it, made readable
 */
char *
doorstep_customer_profile_dup_type_label (DoorstepCustomerProfile *self)
{
  DoorstepCustomerType type;
  g_autofree char *label = NULL;

  g_return_val_if_fail (DOORSTEP_IS_CUSTOMER_PROFILE (self), NULL);

  if (self->customer_type == NULL || *self->customer_type == '\0')
    return NULL;
  if (doorstep_customer_type_from_string (self->customer_type, &type))
    return g_strdup (doorstep_customer_type_get_label (type));

  /* A kind newer than this version: "facility_manager", "Facility manager" */
  label = g_strdelimit (g_strdup (self->customer_type), "_-", ' ');
  if (g_utf8_validate (label, -1, NULL))
    {
      char first[8] = { 0 };

      g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (label)), first);
      return g_strconcat (first, g_utf8_next_char (label), NULL);
    }
  return g_steal_pointer (&label);
}
