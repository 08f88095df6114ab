/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-address.h"
#include "ds-error.h"
#include "ds-visit-store.h"

/* Visits and the technicians on them, the customer's requests to change
 * one, and the rules of when they still may.
 *
 * Which visits are upcoming is said once, here: not ended yet and not
 * completed (a cancelled one stays, marked, until its time has passed).
 * Every other visit is history. ?2 is the time now. */
#define UPCOMING  "(v.ends_at > ?2 AND v.status <> 'completed')"
#define COMPLETED "(NOT " UPCOMING ")"

/* A visit as a row shows it: its job, service and property, its time and
 * status (with the customer's pending request), the first technician and
 * how many there are (both kept on the visit by the schema's triggers). */
#define VISIT_COLUMNS \
  "v.id, j.id, j.title, s.name, j.property_id, p.label," \
  " p.address_line1, p.city, p.region, p.postal_code," \
  " v.starts_at, v.ends_at, v.status," \
  " (SELECT r.kind FROM visit_change_requests r WHERE r.visit_id = v.id AND r.status = 'pending')," \
  " v.notes, v.sequence, v.updated_at," \
  " tech.id, tech.display_name, CASE WHEN tech.photo_png IS NULL THEN 0 ELSE 1 END," \
  " v.technician_count"

#define VISIT_FROM \
  "visits v JOIN jobs j ON j.id = v.job_id" \
  " LEFT JOIN service_types s ON s.id = j.service_type_id" \
  " LEFT JOIN properties p ON p.id = j.property_id" \
  " LEFT JOIN users tech ON tech.id = v.lead_technician_id"

static const DsListSpec upcoming_spec = {
  .columns = VISIT_COLUMNS,
  .from = VISIT_FROM " WHERE j.customer_id = ?1 AND " UPCOMING,
  .key = "v.starts_at",
  .id = "v.id",
  .descending = FALSE,
  .n_params = 2,
};

static const DsListSpec completed_spec = {
  .columns = VISIT_COLUMNS,
  .from = VISIT_FROM " WHERE j.customer_id = ?1 AND " COMPLETED,
  .key = "v.starts_at",
  .id = "v.id",
  .descending = TRUE,
  .n_params = 2,
};

/* The orders the staff may sort either list in. */
static const DsListSort sorts[] = {
  { "date", "v.starts_at" },
  { "title", "j.title" },
  { "status", "v.status" },
  { "service", "COALESCE(s.name, '')" },
  { "technician", "COALESCE(tech.display_name, '')" },
};

const DsListSorts ds_visit_list_sorts = { sorts, G_N_ELEMENTS (sorts) };

static void
technician_free (gpointer data)
{
  DsTechnician *technician = data;

  g_free (technician->id);
  g_free (technician->display_name);
  g_free (technician);
}

void
ds_visit_free (DsVisit *visit)
{
  if (visit == NULL)
    return;
  g_free (visit->id);
  g_free (visit->job_id);
  g_free (visit->job_title);
  g_free (visit->service_name);
  g_free (visit->property_id);
  g_free (visit->property_label);
  g_free (visit->property_address);
  g_free (visit->starts_at);
  g_free (visit->ends_at);
  g_free (visit->status);
  g_free (visit->notes);
  g_free (visit->updated_at);
  g_clear_pointer (&visit->technicians, g_ptr_array_unref);
  g_free (visit);
}

/* The status a customer sees: a request of theirs waiting for staff says
 * so; otherwise the visit's own. */
static char *
effective_status (const char *status,
                  const char *pending_kind)
{
  if (g_strcmp0 (pending_kind, "reschedule") == 0)
    return g_strdup ("reschedule_requested");
  if (g_strcmp0 (pending_kind, "cancel") == 0)
    return g_strdup ("cancellation_requested");
  return g_strdup (status);
}

/* A visit from a row of VISIT_COLUMNS. */
static gpointer
read_visit (DsStmt *stmt)
{
  DsVisit *visit = g_new0 (DsVisit, 1);

  visit->id = ds_stmt_dup_text (stmt, 0);
  visit->job_id = ds_stmt_dup_text (stmt, 1);
  visit->job_title = ds_stmt_dup_text (stmt, 2);
  visit->service_name = ds_stmt_dup_text (stmt, 3);
  visit->property_id = ds_stmt_dup_text (stmt, 4);
  visit->property_label = ds_stmt_dup_text (stmt, 5);
  visit->property_address = ds_address_from_columns (stmt, 6);
  visit->starts_at = ds_stmt_dup_text (stmt, 10);
  visit->ends_at = ds_stmt_dup_text (stmt, 11);
  visit->status = effective_status (ds_stmt_get_text (stmt, 12), ds_stmt_get_text (stmt, 13));
  visit->notes = ds_stmt_dup_text (stmt, 14);
  visit->sequence = ds_stmt_get_int64 (stmt, 15);
  visit->updated_at = ds_stmt_dup_text (stmt, 16);
  visit->technicians = g_ptr_array_new_with_free_func (technician_free);
  if (!ds_stmt_is_null (stmt, 17))
    {
      DsTechnician *technician = g_new0 (DsTechnician, 1);

      technician->id = ds_stmt_dup_text (stmt, 17);
      technician->display_name = ds_stmt_dup_text (stmt, 18);
      technician->has_photo = ds_stmt_get_int64 (stmt, 19) != 0;
      g_ptr_array_add (visit->technicians, technician);
    }
  visit->technician_count = (guint) ds_stmt_get_int64 (stmt, 20);
  return visit;
}

/* Every technician of @visit, in their order, instead of the first. */
static gboolean
load_technicians (DsDb     *db,
                  DsVisit  *visit,
                  GError  **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT u.id, u.display_name,"
                                          "  CASE WHEN u.photo_png IS NULL THEN 0 ELSE 1 END"
                                          " FROM visit_technicians t JOIN users u ON u.id = t.user_id"
                                          " WHERE t.visit_id = ? ORDER BY t.position, u.display_name",
                                          error);
  DsStep step;

  if (stmt == NULL)
    return FALSE;
  g_ptr_array_set_size (visit->technicians, 0);
  ds_stmt_bind_text (stmt, 1, visit->id);
  while ((step = ds_stmt_step (stmt, error)) == DS_STEP_ROW)
    {
      DsTechnician *technician = g_new0 (DsTechnician, 1);

      technician->id = ds_stmt_dup_text (stmt, 0);
      technician->display_name = ds_stmt_dup_text (stmt, 1);
      technician->has_photo = ds_stmt_get_int64 (stmt, 2) != 0;
      g_ptr_array_add (visit->technicians, technician);
    }
  visit->technician_count = visit->technicians->len;
  return step == DS_STEP_DONE;
}

/* Visits of one query of VISIT_COLUMNS, each with all its technicians. */
static GPtrArray *
read_visits (DsDb     *db,
             DsStmt   *stmt,
             GError  **error)
{
  g_autoptr(GPtrArray) visits = g_ptr_array_new_with_free_func ((GDestroyNotify) ds_visit_free);
  DsStep step;

  while ((step = ds_stmt_step (stmt, error)) == DS_STEP_ROW)
    g_ptr_array_add (visits, read_visit (stmt));
  if (step == DS_STEP_ERROR)
    return NULL;
  for (guint i = 0; i < visits->len; i++)
    if (!load_technicians (db, g_ptr_array_index (visits, i), error))
      return NULL;
  return g_steal_pointer (&visits);
}

/**
 * ds_visit_store_next:
 * @now: the time now, as stored
 * @visit: (out) (transfer full) (nullable): the first upcoming visit still
 *   going ahead, or %NULL when there is none
 *
 * The first is found by its time alone, and only its row is read in
 * full: sorting every upcoming visit with its columns and change request
 * to keep one cost more than the rest of the dashboard.
 *
 * Returns: %FALSE on error
 */
gboolean
ds_visit_store_next (DsDb        *db,
                     const char  *customer_id,
                     const char  *now,
                     DsVisit    **visit,
                     GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT " VISIT_COLUMNS " FROM " VISIT_FROM
                                          " WHERE v.id = (SELECT v.id FROM visits v JOIN jobs j ON j.id = v.job_id"
                                          "   WHERE j.customer_id = ?1 AND " UPCOMING " AND v.status <> 'cancelled'"
                                          "   ORDER BY v.starts_at, v.id LIMIT 1)",
                                          error);
  gboolean has_row;

  *visit = NULL;
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_text (stmt, 2, now);
  if (!ds_stmt_step_optional (stmt, &has_row, error))
    return FALSE;
  if (has_row)
    *visit = read_visit (stmt);
  return TRUE;
}

/**
 * ds_visit_store_list:
 *
 * Returns: (transfer full) (nullable): a page of #DsVisit, with the first
 *   technician of each
 */
DsPage *
ds_visit_store_list (DsDb                *db,
                     const char          *customer_id,
                     DsVisitFilter        filter,
                     const char          *now,
                     const DsPageRequest *request,
                     GError             **error)
{
  DsListSpec spec;
  g_autoptr(DsStmt) stmt = NULL;

  g_return_val_if_fail (ds_list_spec_sort (filter == DS_VISITS_UPCOMING ? &upcoming_spec : &completed_spec,
                                           &ds_visit_list_sorts, request, &spec),
                        NULL);
  stmt = ds_list_prepare (db, &spec,
                                            NULL, request, error);

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_text (stmt, 2, now);
  return ds_list_read_page (stmt, request, read_visit, (GDestroyNotify) ds_visit_free, error);
}

gboolean
ds_visit_store_count (DsDb        *db,
                      const char  *customer_id,
                      const char  *now,
                      gint64      *upcoming,
                      gint64      *completed,
                      GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT COUNT(*) FILTER (WHERE " UPCOMING "),"
                                          "       COUNT(*) FILTER (WHERE " COMPLETED ")"
                                          " FROM visits v JOIN jobs j ON j.id = v.job_id"
                                          " WHERE j.customer_id = ?1",
                                          error);

  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_text (stmt, 2, now);
  if (!ds_stmt_step_row (stmt, error))
    return FALSE;
  *upcoming = ds_stmt_get_int64 (stmt, 0);
  *completed = ds_stmt_get_int64 (stmt, 1);
  return TRUE;
}

/**
 * ds_visit_store_get:
 * @customer_id: whose visit it must be; another customer's is as unknown
 *   as one that does not exist
 * @visit: (out) (transfer full) (nullable): the visit with every
 *   technician, or %NULL when this customer has no such visit
 *
 * Returns: %FALSE on error
 */
gboolean
ds_visit_store_get (DsDb        *db,
                    const char  *visit_id,
                    const char  *customer_id,
                    DsVisit    **visit,
                    GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT " VISIT_COLUMNS " FROM " VISIT_FROM
                                          " WHERE v.id = ? AND j.customer_id = ?",
                                          error);
  g_autoptr(GPtrArray) visits = NULL;

  *visit = NULL;
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, visit_id);
  ds_stmt_bind_text (stmt, 2, customer_id);
  if ((visits = read_visits (db, stmt, error)) == NULL)
    return FALSE;
  if (visits->len > 0)
    *visit = g_ptr_array_steal_index (visits, 0);
  return TRUE;
}

/**
 * ds_visit_store_require:
 *
 * Returns: (transfer full) (nullable): @customer_id's visit, or %NULL with
 *   @error (DS_ERROR_NOT_FOUND when there is none, or it is someone else's)
 */
DsVisit *
ds_visit_store_require (DsDb        *db,
                        const char  *visit_id,
                        const char  *customer_id,
                        GError     **error)
{
  DsVisit *visit;

  if (!ds_visit_store_get (db, visit_id, customer_id, &visit, error))
    return NULL;
  if (visit == NULL)
    ds_set_problem (error, DS_ERROR_NOT_FOUND, NULL, "There is no such visit.");
  return visit;
}

/**
 * ds_visit_store_list_for_job:
 *
 * Returns: (transfer full) (nullable): a job's #DsVisit in time order,
 *   every technician on each
 */
GPtrArray *
ds_visit_store_list_for_job (DsDb        *db,
                             const char  *job_id,
                             GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT " VISIT_COLUMNS " FROM " VISIT_FROM
                                          " WHERE v.job_id = ? ORDER BY v.starts_at, v.id",
                                          error);

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, job_id);
  return read_visits (db, stmt, error);
}

/**
 * ds_visit_store_list_for_feed:
 * @now: the time now, as stored
 *
 * What a customer's calendar feed holds: every visit not ended yet, the
 * last 90 days' past ones, and a cancelled one for 30 days after it was
 * cancelled (so that calendars that saw it remove it); in time order.
 *
 * Returns: (transfer full) (nullable): #DsVisit, every technician on each
 */
GPtrArray *
ds_visit_store_list_for_feed (DsDb        *db,
                              const char  *customer_id,
                              const char  *now,
                              GError     **error)
{
  g_autoptr(GDateTime) at = g_date_time_new_from_iso8601 (now, NULL);
  g_autoptr(GDateTime) recent = at != NULL ? g_date_time_add_days (at, -90) : NULL;
  g_autoptr(GDateTime) cancelled = at != NULL ? g_date_time_add_days (at, -30) : NULL;
  g_autofree char *recent_text = recent != NULL ? g_date_time_format (recent, "%Y-%m-%dT%H:%M:%SZ") : NULL;
  g_autofree char *cancelled_text = cancelled != NULL ? g_date_time_format (cancelled, "%Y-%m-%dT%H:%M:%SZ") : NULL;
  g_autoptr(DsStmt) stmt = NULL;

  g_return_val_if_fail (at != NULL, NULL);

  stmt = ds_db_prepare (db,
                        "SELECT " VISIT_COLUMNS " FROM " VISIT_FROM
                        " WHERE j.customer_id = ?1"
                        "   AND CASE WHEN v.status = 'cancelled' THEN v.updated_at > ?3"
                        "            ELSE v.ends_at > ?2 END"
                        " ORDER BY v.starts_at, v.id LIMIT 1000",
                        error);
  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, customer_id);
  ds_stmt_bind_text (stmt, 2, recent_text);
  ds_stmt_bind_text (stmt, 3, cancelled_text);
  return read_visits (db, stmt, error);
}

/* The rules of changing a visit */

/**
 * ds_visit_rules_init:
 * @customer: whether the customer themself asks; staff previewing their
 *   portal are shown that nothing can be changed
 *
 * The rules of @company, as of now.
 */
void
ds_visit_rules_init (DsVisitRules    *rules,
                     const DsCompany *company,
                     gboolean         customer)
{
  rules->now = g_get_real_time () / G_USEC_PER_SEC;
  rules->notice_hours = company->notice_hours;
  rules->customer = customer;
  g_strlcpy (rules->timezone, company->timezone, sizeof rules->timezone);
}

/* The business's notice period and time zone, as of now. */
gboolean
ds_visit_rules_load (DsDb          *db,
                     gboolean       customer,
                     DsVisitRules  *rules,
                     GError       **error)
{
  g_autoptr(DsCompany) company = ds_company_store_require (db, error);

  if (company == NULL)
    return FALSE;
  ds_visit_rules_init (rules, company, customer);
  return TRUE;
}

/* The last moment the customer may ask to change @visit online, in
 * seconds since the epoch. */
gint64
ds_visit_change_deadline (const DsVisit      *visit,
                          const DsVisitRules *rules)
{
  return doorstep_timestamp_to_unix (visit->starts_at) - (gint64) rules->notice_hours * 3600;
}

/* Whether the visit is one that may be moved or cancelled at all: still
 * only scheduled, with no request of the customer's waiting. */
static gboolean
is_changeable (const DsVisit *visit)
{
  return g_str_equal (visit->status, "scheduled");
}

/* What the app offers: "Ask for a new time" only while this holds. */
gboolean
ds_visit_can_change (const DsVisit      *visit,
                     const DsVisitRules *rules)
{
  return rules->customer && is_changeable (visit) && rules->now < ds_visit_change_deadline (visit, rules);
}

/**
 * ds_visit_check_changeable:
 * @phone: (nullable): the business's number, which the customer is told
 *   to call once it is too late to ask here
 *
 * Whether the customer may still ask to change @visit; if not, refuses
 * (DS_ERROR_CONFLICT) saying why, and what to do instead.
 */
gboolean
ds_visit_check_changeable (const DsVisit       *visit,
                           const DsVisitRules  *rules,
                           const char          *phone,
                           GError             **error)
{
  if (g_str_equal (visit->status, "completed"))
    ds_set_problem (error, DS_ERROR_CONFLICT, "visit-not-changeable", "This visit has already taken place.");
  else if (g_str_equal (visit->status, "cancelled"))
    ds_set_problem (error, DS_ERROR_CONFLICT, "visit-not-changeable", "This visit was cancelled.");
  else if (g_str_has_suffix (visit->status, "_requested"))
    ds_set_problem (error, DS_ERROR_CONFLICT, "change-already-requested",
                    "You have already asked to change this visit; we will be in touch.");
  else if (!is_changeable (visit) || doorstep_timestamp_to_unix (visit->ends_at) <= rules->now)
    ds_set_problem (error, DS_ERROR_CONFLICT, "visit-not-changeable",
                    "This visit is under way and can no longer be changed here.");
  else if (rules->now >= ds_visit_change_deadline (visit, rules))
    ds_set_problem_printf (error, DS_ERROR_CONFLICT, "within-notice-period",
                           "This visit is less than %u hours away, too soon to change it here. "
                           "Call us on %s instead.", rules->notice_hours, phone != NULL ? phone : "our number");
  else
    return TRUE;
  return FALSE;
}

/* The times proposed must be to come: a field error for each that has
 * passed, naming it ("windows[1]"). */
static gboolean
check_windows_ahead (const DsWindow      *windows,
                     guint                n_windows,
                     const DsVisitRules  *rules,
                     GError             **error)
{
  g_autoptr(GHashTable) errors = ds_field_errors_new ();

  for (guint i = 0; i < n_windows; i++)
    if (doorstep_timestamp_to_unix (windows[i].starts_at) <= rules->now)
      {
        g_autofree char *field = g_strdup_printf ("windows[%u]", i);

        ds_field_errors_add (errors, field, "This time has already passed.");
      }
  if (g_hash_table_size (errors) == 0)
    return TRUE;
  ds_set_invalid (error, errors);
  return FALSE;
}

/* The windows as stored: ISO 8601 intervals of RFC 3339 UTC times
 * ("START/END"), separated by spaces, which none of them holds. */
static char *
windows_to_text (const DsWindow *windows,
                 guint           n_windows)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_windows; i++)
    g_string_append_printf (text, "%s%s/%s", i > 0 ? " " : "", windows[i].starts_at, windows[i].ends_at);
  return g_string_free (text, FALSE);
}

/**
 * ds_visit_store_request_change:
 * @rules: the business's, as of now, for the customer
 * @windows: (array length=n_windows): for a reschedule, the times the
 *   customer proposes, RFC 3339 in UTC, each ending after it starts
 * @note: (nullable): what the customer adds
 *
 * Records the customer's request to reschedule or cancel @customer_id's
 * visit, which shows it until staff act, if the visit may still change
 * (ds_visit_check_changeable()) and every window is still to come. Call it
 * in a transaction.
 */
gboolean
ds_visit_store_request_change (DsDb                *db,
                               const char          *visit_id,
                               const char          *customer_id,
                               const DsVisitRules  *rules,
                               DsVisitChange        change,
                               const DsWindow      *windows,
                               guint                n_windows,
                               const char          *note,
                               const char          *user_id,
                               GError             **error)
{
  g_autoptr(DsVisit) visit = NULL;
  g_autoptr(DsCompany) company = NULL;
  g_autoptr(DsStmt) stmt = NULL;
  g_autofree char *id = ds_new_id ("vcr");
  g_autofree char *now = ds_now_timestamp ();
  g_autofree char *text = n_windows > 0 ? windows_to_text (windows, n_windows) : NULL;

  if ((visit = ds_visit_store_require (db, visit_id, customer_id, error)) == NULL ||
      !ds_company_store_get (db, &company, error) ||
      !ds_visit_check_changeable (visit, rules, company != NULL ? company->phone : NULL, error) ||
      !check_windows_ahead (windows, n_windows, rules, error))
    return FALSE;

  stmt = ds_db_prepare (db,
                        "INSERT INTO visit_change_requests (id, visit_id, kind, windows, note,"
                        " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, id);
  ds_stmt_bind_text (stmt, 2, visit->id);
  ds_stmt_bind_text (stmt, 3, change == DS_VISIT_CHANGE_RESCHEDULE ? "reschedule" : "cancel");
  ds_stmt_bind_text (stmt, 4, text);
  ds_stmt_bind_text (stmt, 5, note);
  ds_stmt_bind_text (stmt, 6, user_id);
  ds_stmt_bind_text (stmt, 7, now);
  return ds_stmt_run (stmt, error);
}
