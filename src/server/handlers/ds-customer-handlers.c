/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-company-store.h"
#include "ds-customer-edit-store.h"
#include "ds-customer-handlers.h"
#include "ds-customer-store.h"
#include "ds-invoice-store.h"
#include "ds-paging.h"
#include "ds-payment-store.h"
#include "ds-problem.h"
#include "ds-property-json.h"
#include "ds-quote-store.h"
#include "ds-tag-json.h"
#include "ds-tag-store.h"

/* The staff's customers: the list, and one customer's profile (who they
 * are, what they are worth to the business, what they owe) with their
 * properties a page at a time; an admin's change to the record, made from
 * the version they read (If-Match), and the record's activity. The
 * customer of {id} is the dispatcher's to check (DS_SCOPE_PATH_CUSTOMER). */

#define CUSTOMER_NAME_MAX 100

/* What a page of the list shares: the business's currency, and the tags
 * of the page's customers. */
typedef struct {
  const char *currency;
  GHashTable *tags;
} ListContext;

static void
write_customer (DsJsonWriter   *builder,
                gconstpointer  item,
                gpointer       user_data)
{
  const DsCustomerSummary *customer = item;
  const ListContext *context = user_data;

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", customer->id);
  ds_json_add_string (builder, "display_name", customer->display_name);
  ds_json_add_string (builder, "customer_type", customer->customer_type);
  ds_json_add_string (builder, "email", customer->email);
  ds_json_add_string (builder, "phone", customer->phone);
  ds_json_add_string (builder, "city", customer->city);
  ds_json_add_int (builder, "property_count", customer->property_count);
  ds_json_add_money (builder, "balance_due", customer->balance_due_minor, context->currency);
  ds_json_add_money (builder, "lifetime_value", customer->lifetime_value_minor, context->currency);
  ds_json_add_string (builder, "last_job_on", customer->last_job_on);
  ds_tag_json_write_list (builder, "tags", g_hash_table_lookup (context->tags, customer->id));
  ds_json_writer_end_object (builder);
}

/* The tags of a page of customers, in one query. */
static GHashTable *
tags_of_page (DsDb     *db,
              DsPage   *page,
              GError  **error)
{
  g_autofree const char **ids = g_new0 (const char *, page->items->len + 1);

  for (guint i = 0; i < page->items->len; i++)
    ids[i] = ((DsCustomerSummary *) g_ptr_array_index (page->items, i))->id;
  return ds_tag_store_of_customers (db, ids, page->items->len, error);
}

DsReply *
ds_customers_list_handler (DsCall   *call,
                           gpointer  input,
                           GError  **error)
{
  g_autoptr(DsPage) page = NULL;
  g_autoptr(GHashTable) tags = NULL;
  g_autofree char *currency = NULL;
  g_autofree char *today = NULL;
  g_auto(DsPageRequest) request = { 0 };
  ListContext context;
  g_autofree char *search = NULL;
  const char *query = ds_call_get_query (call, "q");
  const char *tag = ds_call_get_query (call, "tag");
  DsDb *db = ds_call_get_db (call);

  if (!ds_call_read_sorted_page (call, &ds_customer_list_sorts, &request, error))
    return NULL;
  if (query != NULL)
    {
      search = g_strstrip (g_strdup (query));
      if (g_utf8_strlen (search, -1) > DOORSTEP_SEARCH_QUERY_MAX)
        {
          ds_set_field_error (error, "q", "Search for at most 200 characters.");
          return NULL;
        }
    }
  if (tag != NULL && (*tag == '\0' || strlen (tag) > 64))
    {
      ds_set_field_error (error, "tag", "Choose one of the business’s tags.");
      return NULL;
    }
  if ((page = ds_customer_store_list (db, search, tag, &request, error)) == NULL ||
      (tags = tags_of_page (db, page, error)) == NULL ||
      !ds_company_store_get_today (db, &today, &currency, error))
    return NULL;
  context = (ListContext) { currency, tags };
  return ds_reply_page (page, write_customer, &context);
}

/* The day @timestamp fell on where the business is. */
static char *
local_day (const char *timestamp,
           const char *zone_name)
{
  g_autoptr(GDateTime) moment = doorstep_timestamp_parse (timestamp);
  g_autoptr(GTimeZone) zone = zone_name != NULL ? g_time_zone_new_identifier (zone_name) : NULL;
  g_autoptr(GDateTime) local = NULL;

  if (moment == NULL)
    return NULL;
  if (zone == NULL)
    zone = g_time_zone_new_utc ();
  local = g_date_time_to_timezone (moment, zone);
  return g_date_time_format (local, "%Y-%m-%d");
}

/* Writes @customer_id's profile: who they are and what they have with the
 * business. Returns: its version, 0 on error */
static gint64
write_profile (DsCall       *call,
               DsJsonWriter *builder,
               GError      **error)
{
  g_autoptr(DsCompany) company = NULL;
  g_autoptr(DsCustomerProfile) profile = NULL;
  g_autofree char *today = NULL;
  g_autofree char *since = NULL;
  const char *customer_id = ds_call_get_customer_id (call);
  gint64 received, quotes, quotes_total;
  g_autoptr(GHashTable) tags = NULL;
  DsBalance balance;
  DsDb *db = ds_call_get_db (call);

  if ((company = ds_company_store_require (db, error)) == NULL ||
      (profile = ds_customer_store_get_profile (db, customer_id, error)) == NULL ||
      (tags = ds_tag_store_of_customers (db, &customer_id, 1, error)) == NULL)
    return 0;
  today = ds_company_dup_today (company);
  if (!ds_payment_store_sum_received (db, customer_id, &received, error) ||
      !ds_invoice_store_get_balance (db, customer_id, today, &balance, error) ||
      !ds_quote_store_sum_awaiting (db, customer_id, today, &quotes, &quotes_total, error))
    return 0;
  since = local_day (profile->created_at, company->timezone);

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", profile->id);
  ds_json_add_int (builder, "version", profile->version);
  ds_json_add_string (builder, "display_name", profile->display_name);
  ds_json_add_string (builder, "first_name", profile->first_name);
  ds_json_add_string (builder, "last_name", profile->last_name);
  ds_json_add_string (builder, "company_name", profile->company_name);
  ds_json_add_string (builder, "customer_type", profile->customer_type);
  ds_json_add_string (builder, "email", profile->email);
  ds_json_add_string (builder, "phone", profile->phone);
  ds_json_add_boolean (builder, "notifications", profile->notifications);
  ds_json_add_string (builder, "customer_since", since);
  ds_json_add_int (builder, "property_count", profile->property_count);
  ds_tag_json_write_list (builder, "tags", g_hash_table_lookup (tags, customer_id));
  ds_json_add_money (builder, "lifetime_value", received, company->currency);

  ds_json_writer_set_member_name (builder, "balance_due");
  ds_json_writer_begin_object (builder);
  ds_json_add_money (builder, "total", balance.total_minor, company->currency);
  ds_json_add_int (builder, "invoice_count", balance.invoice_count);
  ds_json_add_money (builder, "overdue", balance.overdue_minor, company->currency);
  ds_json_add_int (builder, "overdue_count", balance.overdue_count);
  ds_json_writer_end_object (builder);

  ds_json_writer_set_member_name (builder, "open_quotes");
  ds_json_writer_begin_object (builder);
  ds_json_add_int (builder, "count", quotes);
  ds_json_add_money (builder, "total", quotes_total, company->currency);
  ds_json_writer_end_object (builder);
  ds_json_writer_end_object (builder);
  return profile->version;
}

/* The profile as the answer, its version as its ETag. */
static DsReply *
reply_profile (DsCall  *call,
               GError **error)
{
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autofree char *etag = NULL;
  gint64 version = write_profile (call, builder, error);
  DsReply *reply;

  if (version == 0)
    return NULL;
  etag = ds_call_format_etag (version);
  reply = ds_reply_json (200, builder);
  ds_reply_set_header (reply, "ETag", etag);
  return reply;
}

DsReply *
ds_customers_get_handler (DsCall   *call,
                          gpointer  input,
                          GError  **error)
{
  return reply_profile (call, error);
}

static void
write_property (DsJsonWriter   *builder,
                gconstpointer  item,
                gpointer       user_data)
{
  ds_property_json_write (builder, item);
}

DsReply *
ds_customers_properties_handler (DsCall   *call,
                                 gpointer  input,
                                 GError  **error)
{
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };

  if (!ds_call_read_page (call, &request, error) ||
      (page = ds_customer_store_list_properties (ds_call_get_db (call), ds_call_get_customer_id (call), &request,
                                                 error)) == NULL)
    return NULL;
  return ds_reply_page (page, write_property, NULL);
}

/* One change since an editor's version, as a 412 lists it. */
static void
write_change (DsJsonWriter     *builder,
              const DsActivity *change)
{
  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "field", change->field);
  ds_json_add_string (builder, "old_value", change->old_value);
  ds_json_add_string (builder, "new_value", change->new_value);
  ds_json_add_link (builder, "changed_by", change->actor_id, "display_name", change->actor_name);
  ds_json_add_string (builder, "changed_at", change->created_at);
  ds_json_writer_end_object (builder);
}

/* A change to a customer's record, as sent: the fields it names. */
static void
customer_edit_free (gpointer data)
{
  DsCustomerEdit *edit = data;

  ds_customer_edit_clear (edit);
  g_free (edit);
}

/* One line of text at most @max characters long, trimmed; "" or null
 * clears the field. Returns: whether it was good */
static gboolean
read_line (JsonObject  *body,
           const char  *member,
           gsize        max,
           char       **value,
           GHashTable  *errors)
{
  const char *text = ds_json_get_string (body, member, errors);
  g_autofree char *trimmed = text != NULL ? g_strstrip (g_strdup (text)) : NULL;

  if (g_hash_table_contains (errors, member))
    return FALSE;
  if (trimmed == NULL || *trimmed == '\0')
    return TRUE;
  if (doorstep_check_lines (trimmed, max) != DOORSTEP_TEXT_OK || strpbrk (trimmed, "\r\n\t") != NULL)
    {
      ds_field_errors_add (errors, member, "Keep it to one line of at most 100 characters.");
      return FALSE;
    }
  *value = g_steal_pointer (&trimmed);
  return TRUE;
}

static gpointer
read_customer_edit (JsonObject *body,
                    GHashTable *errors)
{
  DsCustomerEdit *edit = g_new0 (DsCustomerEdit, 1);
  gboolean any = FALSE;

  for (guint f = 0; f < DS_CUSTOMER_N_FIELDS; f++)
    {
      const char *member = ds_customer_field_name (f);
      char *value = NULL;

      if (!json_object_has_member (body, member))
        continue;
      any = TRUE;
      if (f == DS_CUSTOMER_FIELD_NOTIFICATIONS)
        {
          gboolean on = ds_json_get_boolean (body, member, TRUE, errors);

          if (g_hash_table_contains (errors, member) || JSON_NODE_HOLDS_NULL (json_object_get_member (body, member)))
            {
              ds_field_errors_add (errors, member, "Must be true or false.");
              continue;
            }
          edit->set[f] = TRUE;
          edit->value[f] = g_strdup (on ? "on" : "off");
          continue;
        }
      if (!read_line (body, member, f == DS_CUSTOMER_FIELD_EMAIL ? DOORSTEP_EMAIL_MAX : CUSTOMER_NAME_MAX, &value,
                      errors))
        continue;
      edit->set[f] = TRUE;
      edit->value[f] = value;
    }

  if (edit->set[DS_CUSTOMER_FIELD_CUSTOMER_TYPE] &&
      !doorstep_customer_type_from_string (edit->value[DS_CUSTOMER_FIELD_CUSTOMER_TYPE], NULL))
    ds_field_errors_add (errors, "customer_type", "Choose one of the kinds of customer offered.");
  if (edit->value[DS_CUSTOMER_FIELD_EMAIL] != NULL && !doorstep_validate_email (edit->value[DS_CUSTOMER_FIELD_EMAIL]))
    ds_field_errors_add (errors, "email", "Enter an email address such as name@example.com.");
  if (edit->value[DS_CUSTOMER_FIELD_PHONE] != NULL && !doorstep_validate_phone (edit->value[DS_CUSTOMER_FIELD_PHONE]))
    ds_field_errors_add (errors, "phone", "Enter a phone number such as +1 503 555 0100.");
  if (!any)
    ds_field_errors_add (errors, "first_name", "Send at least one field to change.");
  return edit;
}

const DsInput ds_customer_edit_input = { read_customer_edit, customer_edit_free, NULL };

/* Someone changed the same fields first: the record as it is now, what
 * they changed since the editor's version, and a message on each field
 * in both, for the editor to decide again. */
static DsReply *
reply_conflict (DsCall                     *call,
                const DsCustomerEditResult *result,
                GError                    **error)
{
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autofree char *etag = ds_call_format_etag (result->version);
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  DsReply *reply;
  gsize length;

  ds_problem_write_head (builder, 412, "edit-conflict",
                         "Someone else changed this customer while you were editing. "
                         "Check the marked fields, then save again.");
  ds_json_writer_set_member_name (builder, "errors");
  ds_json_writer_begin_object (builder);
  for (guint i = 0; i < result->conflicts->len; i++)
    {
      const DsActivity *change = g_ptr_array_index (result->conflicts, i);
      g_autofree char *message = g_str_equal (change->field, "notifications")
                                 ? g_strdup_printf ("%s turned notifications %s while you were editing.",
                                                    change->actor_name != NULL ? change->actor_name : "Someone",
                                                    change->new_value)
                                 : change->new_value != NULL
                                 ? g_strdup_printf ("%s changed this to “%s” while you were editing.",
                                                    change->actor_name != NULL ? change->actor_name : "Someone",
                                                    change->new_value)
                                 : g_strdup_printf ("%s cleared this while you were editing.",
                                                    change->actor_name != NULL ? change->actor_name : "Someone");

      ds_json_add_string (builder, change->field, message);
    }
  ds_json_writer_end_object (builder);

  ds_json_writer_set_member_name (builder, "changed_since");
  ds_json_writer_begin_array (builder);
  for (guint i = 0; i < result->changed_since->len; i++)
    write_change (builder, g_ptr_array_index (result->changed_since, i));
  ds_json_writer_end_array (builder);

  ds_json_writer_set_member_name (builder, "current");
  if (write_profile (call, builder, error) == 0)
    return NULL;
  ds_json_writer_end_object (builder);

  text = ds_json_writer_take_text (builder, &length);
  bytes = g_bytes_new_take (g_steal_pointer (&text), length);
  reply = ds_reply_bytes (412, "application/problem+json", bytes);
  ds_reply_set_header (reply, "ETag", etag);
  return reply;
}

DsReply *
ds_customers_update_handler (DsCall   *call,
                             gpointer  input,
                             GError  **error)
{
  const DsCustomerEdit *edit = input;
  g_auto(DsCustomerEditResult) result = { 0 };

  if (!ds_customer_store_edit (ds_call_get_db (call), ds_call_get_customer_id (call), ds_call_get_if_match (call), edit,
                               ds_call_get_identity (call)->user_id, &result, error))
    return NULL;
  if (result.conflicts != NULL)
    return reply_conflict (call, &result, error);
  return reply_profile (call, error);
}

static void
write_activity (DsJsonWriter   *builder,
                gconstpointer  item,
                gpointer       user_data)
{
  const DsActivity *activity = item;

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", activity->id);
  ds_json_add_string (builder, "kind", activity->kind);
  ds_json_add_string (builder, "field", activity->field);
  ds_json_add_string (builder, "old_value", activity->old_value);
  ds_json_add_string (builder, "new_value", activity->new_value);
  ds_json_add_link (builder, "actor", activity->actor_id, "display_name", activity->actor_name);
  ds_json_add_string (builder, "created_at", activity->created_at);
  ds_json_writer_end_object (builder);
}

DsReply *
ds_customers_activity_handler (DsCall   *call,
                               gpointer  input,
                               GError  **error)
{
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };

  if (!ds_call_read_page (call, &request, error) ||
      (page = ds_activity_store_list (ds_call_get_db (call), ds_call_get_customer_id (call), &request, error)) == NULL)
    return NULL;
  return ds_reply_page (page, write_activity, NULL);
}
