/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-customer-store.h"
#include "ds-error.h"

/* Customers and their properties. */

/* Staff find customers by name, email or phone; the list is in the order
 * of sort_key (surname first), which an index serves. A search of three
 * characters or more goes through the trigram index (migration 5); a
 * shorter one, which that index cannot serve, is a LIKE along the list. */
/* The first property's city and the count of properties are kept on the
 * customer's row by triggers (migration 19). */
#define LIST_COLUMNS \
  "c.id, c.display_name, c.customer_type, c.email, c.phone, c.first_city, c.property_count," \
  " c.balance_due_minor, c.lifetime_value_minor, c.last_job_on"

/* The orders the staff may sort the list in, each served by an index of
 * migration 27 (or the list's own, by name). */
static const DsListSort sorts[] = {
  { "name", "c.sort_key" },
  { "city", "COALESCE(c.first_city, '')" },
  { "balance", "c.balance_due_minor" },
  { "lifetime", "c.lifetime_value_minor" },
  { "last_job", "c.last_job_on" },
};

const DsListSorts ds_customer_list_sorts = { sorts, G_N_ELEMENTS (sorts) };

static const DsListSpec list_spec = {
  .columns = LIST_COLUMNS,
  .from = "customers c WHERE CAST(?1 AS TEXT) IS NULL",
  .key = "c.sort_key",
  .id = "c.id",
  .descending = FALSE,
  .n_params = 1,
};

static const DsListSpec short_search_spec = {
  .columns = LIST_COLUMNS,
  .from = "customers c"
          " WHERE (c.display_name LIKE ?1 ESCAPE '\\'"
          "        OR c.email LIKE ?1 ESCAPE '\\' OR c.phone LIKE ?1 ESCAPE '\\')",
  .key = "c.sort_key",
  .id = "c.id",
  .descending = FALSE,
  .n_params = 1,
};

static const DsListSpec search_spec = {
  .columns = LIST_COLUMNS,
  .from = "customers c"
          " WHERE c.search_rowid IN (SELECT rowid FROM customers_search WHERE customers_search MATCH ?1)",
  .key = "c.sort_key",
  .id = "c.id",
  .descending = FALSE,
  .n_params = 1,
};

/* PostgreSQL: ILIKE over the expression the trigram index of migration 5
 * holds ("\" is ILIKE's escape already). From three characters on, the
 * matches are found through that index first, in a subquery the planner
 * keeps apart (OFFSET 0), then sorted: left to itself it may walk the whole
 * list in order, testing every customer, hoping to meet a page of matches
 * early. Shorter text, which the index cannot serve, is that walk. */
#define PG_SEARCHED "(display_name || ' ' || coalesce(email, '') || ' ' || coalesce(phone, ''))"

static const DsListSpec pg_search_spec = {
  .columns = LIST_COLUMNS,
  .from = "(SELECT * FROM customers WHERE " PG_SEARCHED " ILIKE ?1 OFFSET 0) c WHERE TRUE",
  .key = "c.sort_key",
  .id = "c.id",
  .descending = FALSE,
  .n_params = 1,
};

static const DsListSpec pg_short_search_spec = {
  .columns = LIST_COLUMNS,
  .from = "customers c WHERE " PG_SEARCHED " ILIKE ?1",
  .key = "c.sort_key",
  .id = "c.id",
  .descending = FALSE,
  .n_params = 1,
};

/* Customers with a tag: a range of the tag's index, then each customer's
 * place in the list; with a search too, each of them tested by LIKE (on
 * SQLite) or ILIKE (on PostgreSQL), as a tag's customers are few. */
#define HAS_TAG "c.id IN (SELECT customer_id FROM customer_tags WHERE tag_id = ?2)"

/* A tag many customers have (one in ten, say) is answered as a dense
 * search is: by walking the list in its order and asking each customer's
 * tags, through their primary key, up to TAG_WALK_ROWS_PER_ITEM rows for
 * each one the page asks for; a rarer tag through its index. */
#define TAG_WALK_ROWS_PER_ITEM 20
#define HAS_TAG_EACH "EXISTS (SELECT 1 FROM customer_tags ct WHERE ct.customer_id = c.id AND ct.tag_id = ?2)"

static const DsListSpec tag_walk_spec = {
  .columns = LIST_COLUMNS,
  .from = "customers c",
  .key = "c.sort_key",
  .id = "c.id",
  .descending = FALSE,
  .n_params = 2,
};

static const DsListSpec tag_spec = {
  .columns = LIST_COLUMNS,
  .from = "customers c WHERE CAST(?1 AS TEXT) IS NULL AND " HAS_TAG,
  .key = "c.sort_key",
  .id = "c.id",
  .descending = FALSE,
  .n_params = 2,
};

static const DsListSpec tag_search_spec = {
  .columns = LIST_COLUMNS,
  .from = "customers c"
          " WHERE (c.display_name LIKE ?1 ESCAPE '\\'"
          "        OR c.email LIKE ?1 ESCAPE '\\' OR c.phone LIKE ?1 ESCAPE '\\') AND " HAS_TAG,
  .key = "c.sort_key",
  .id = "c.id",
  .descending = FALSE,
  .n_params = 2,
};

static const DsListSpec pg_tag_search_spec = {
  .columns = LIST_COLUMNS,
  .from = "customers c WHERE " PG_SEARCHED " ILIKE ?1 AND " HAS_TAG,
  .key = "c.sort_key",
  .id = "c.id",
  .descending = FALSE,
  .n_params = 2,
};

/* A search that matches many customers ("555", a common surname) is
 * answered by walking the list from where the page starts, looking at no
 * more than WALK_ROWS_PER_ITEM rows per customer the page asks for: with a
 * match in every four rows or more, a page is found without collecting
 * and sorting every match. When the walk finds less than a page, the
 * index finds the rest; a wider walk would find pages of rarer matches
 * too, but would cost more than the index where it fails (at 100,000
 * customers, a walk of twenty rows per customer made a search for a
 * surname that one in 120 customers has a third slower). On SQLite the walk tests with LIKE, which folds
 * the case of ASCII letters only, so it answers only text in ASCII, where
 * it finds what the trigram index would. */
#define WALK_ROWS_PER_ITEM 4

static const DsListSpec walk_spec = {
  .columns = LIST_COLUMNS,
  .from = "customers c",
  .key = "c.sort_key",
  .id = "c.id",
  .descending = FALSE,
  .n_params = 1,
};

#define SQLITE_WALK_MATCH \
  "(c.display_name LIKE ?1 ESCAPE '\\' OR c.email LIKE ?1 ESCAPE '\\' OR c.phone LIKE ?1 ESCAPE '\\')"
#define PG_WALK_MATCH PG_SEARCHED " ILIKE ?1"

static void
free_summary (gpointer data)
{
  DsCustomerSummary *customer = data;

  g_free (customer->id);
  g_free (customer->display_name);
  g_free (customer->customer_type);
  g_free (customer->email);
  g_free (customer->phone);
  g_free (customer->city);
  g_free (customer->last_job_on);
  g_free (customer);
}

static gpointer
read_summary (DsStmt *stmt)
{
  DsCustomerSummary *customer = g_new0 (DsCustomerSummary, 1);

  customer->id = ds_stmt_dup_text (stmt, 0);
  customer->display_name = ds_stmt_dup_text (stmt, 1);
  customer->customer_type = ds_stmt_dup_text (stmt, 2);
  customer->email = ds_stmt_dup_text (stmt, 3);
  customer->phone = ds_stmt_dup_text (stmt, 4);
  customer->city = ds_stmt_dup_text (stmt, 5);
  customer->property_count = ds_stmt_get_int64 (stmt, 6);
  customer->balance_due_minor = ds_stmt_get_int64 (stmt, 7);
  customer->lifetime_value_minor = ds_stmt_get_int64 (stmt, 8);
  customer->last_job_on = *ds_stmt_get_text (stmt, 9) != '\0' ? ds_stmt_dup_text (stmt, 9) : NULL;
  return customer;
}

static void
free_property (gpointer data)
{
  DsProperty *property = data;

  g_free (property->id);
  g_free (property->label);
  g_free (property->address_line1);
  g_free (property->address_line2);
  g_free (property->city);
  g_free (property->region);
  g_free (property->postal_code);
  g_free (property->building_details);
  g_free (property);
}

/* A property's columns, in the order read_property() reads them. */
#define PROPERTY_COLUMNS \
  "p.id, p.label, p.address_line1, p.address_line2, p.city, p.region, p.postal_code, p.year_built," \
  " p.building_details"

/* The properties in the customer's order: position, then id. The key is
 * an integer column; a cursor's text is read back as one. */
static const DsListSpec properties_spec = {
  .columns = PROPERTY_COLUMNS,
  .from = "properties p WHERE p.customer_id = ?1",
  .key = "p.position",
  .id = "p.id",
  .descending = FALSE,
  .n_params = 1,
};

static gpointer
read_property (DsStmt *stmt)
{
  DsProperty *property = g_new0 (DsProperty, 1);

  property->id = ds_stmt_dup_text (stmt, 0);
  property->label = ds_stmt_dup_text (stmt, 1);
  property->address_line1 = ds_stmt_dup_text (stmt, 2);
  property->address_line2 = ds_stmt_dup_text (stmt, 3);
  property->city = ds_stmt_dup_text (stmt, 4);
  property->region = ds_stmt_dup_text (stmt, 5);
  property->postal_code = ds_stmt_dup_text (stmt, 6);
  property->has_year_built = !ds_stmt_is_null (stmt, 7);
  property->year_built = ds_stmt_get_int64 (stmt, 7);
  property->building_details = ds_stmt_dup_text (stmt, 8);
  return property;
}

void
ds_customer_free (DsCustomer *customer)
{
  if (customer == NULL)
    return;
  g_free (customer->id);
  g_free (customer->display_name);
  g_clear_pointer (&customer->properties, g_ptr_array_unref);
  g_free (customer);
}

/* @text as one FTS5 phrase: in double quotes, its own doubled. With the
 * trigram tokenizer a phrase matches anywhere inside a value. */
static char *
phrase_query (const char *text)
{
  GString *query = g_string_new ("\"");

  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (query, '"');
      g_string_append_c (query, *p);
    }
  g_string_append_c (query, '"');
  return g_string_free (query, FALSE);
}

/* "%text%" with LIKE's own wildcards escaped by "\", for ESCAPE '\'
 * (LIKE and ILIKE alike). */
static char *
like_pattern (const char *text)
{
  GString *pattern = g_string_new ("%");

  for (const char *p = text; *p; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');

  return g_string_free (pattern, FALSE);
}

gboolean
ds_customer_store_exists (DsDb        *db,
                          const char  *customer_id,
                          gboolean    *exists,
                          GError     **error)
{
  return ds_db_exists (db, "SELECT 1 FROM customers WHERE id = ?", customer_id, NULL, exists, error);
}

/* The customers with @tag_id, searched or not. */
static DsPage *
list_tagged (DsDb                *db,
             const char          *like,
             const char          *tag_id,
             const DsPageRequest *request,
             GError             **error)
{
  gboolean pg = ds_db_get_dialect (db) == DS_DB_DIALECT_POSTGRESQL;
  DsListSpec spec;
  g_autoptr(DsStmt) stmt = NULL;

  if (like == NULL)
    {
      g_autoptr(DsPage) walked = NULL;

      g_return_val_if_fail (ds_list_spec_sort (&tag_walk_spec, &ds_customer_list_sorts, request, &spec), NULL);
      stmt = ds_list_prepare_walk (db, &spec, "CAST(?1 AS TEXT) IS NULL AND " HAS_TAG_EACH,
                                   (request->limit + 1) * TAG_WALK_ROWS_PER_ITEM, request, error);
      if (stmt == NULL)
        return NULL;
      ds_stmt_bind_text (stmt, 1, NULL);
      ds_stmt_bind_text (stmt, 2, tag_id);
      walked = ds_list_read_page (stmt, request, read_summary, free_summary, error);
      if (walked == NULL || walked->next_cursor != NULL)
        return g_steal_pointer (&walked);
      g_clear_pointer (&stmt, ds_stmt_free);
    }
  g_return_val_if_fail (ds_list_spec_sort (like == NULL ? &tag_spec : pg ? &pg_tag_search_spec : &tag_search_spec,
                                           &ds_customer_list_sorts, request, &spec),
                        NULL);
  if ((stmt = ds_list_prepare (db, &spec, NULL, request, error)) == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, like);
  ds_stmt_bind_text (stmt, 2, tag_id);
  return ds_list_read_page (stmt, request, read_summary, free_summary, error);
}

/**
 * ds_customer_store_list:
 * @search: (nullable): what to look for in name, email and phone; %NULL
 *   or empty for everyone
 * @tag_id: (nullable): only the customers with this tag
 *
 * Returns: (transfer full) (nullable): a page of #DsCustomerSummary
 */
DsPage *
ds_customer_store_list (DsDb                *db,
                        const char          *search,
                        const char          *tag_id,
                        const DsPageRequest *request,
                        GError             **error)
{
  const DsListSpec *spec = &list_spec;
  DsListSpec sorted;
  g_autoptr(DsStmt) stmt = NULL;
  glong length = search != NULL ? g_utf8_strlen (search, -1) : 0;
  g_autofree char *like = length > 0 ? like_pattern (search) : NULL;
  g_autofree char *phrase = NULL;
  const char *pattern = like;
  gboolean pg = ds_db_get_dialect (db) == DS_DB_DIALECT_POSTGRESQL;

  if (tag_id != NULL)
    return list_tagged (db, like, tag_id, request, error);
  if (length >= 3 && (pg || g_str_is_ascii (search)))
    {
      g_autoptr(DsPage) walked = NULL;

      g_return_val_if_fail (ds_list_spec_sort (&walk_spec, &ds_customer_list_sorts, request, &sorted), NULL);
      stmt = ds_list_prepare_walk (db, &sorted, pg ? PG_WALK_MATCH : SQLITE_WALK_MATCH,
                                   (request->limit + 1) * WALK_ROWS_PER_ITEM, request, error);
      if (stmt == NULL)
        return NULL;
      ds_stmt_bind_text (stmt, 1, like);
      walked = ds_list_read_page (stmt, request, read_summary, free_summary, error);
      if (walked == NULL || walked->next_cursor != NULL)
        return g_steal_pointer (&walked);
      g_clear_pointer (&stmt, ds_stmt_free);
    }

  if (length > 0 && pg)
    spec = length >= 3 ? &pg_search_spec : &pg_short_search_spec;
  else if (length >= 3)
    {
      spec = &search_spec;
      pattern = phrase = phrase_query (search);
    }
  else if (length > 0)
    spec = &short_search_spec;

  g_return_val_if_fail (ds_list_spec_sort (spec, &ds_customer_list_sorts, request, &sorted), NULL);
  stmt = ds_list_prepare (db, &sorted, NULL, request, error);
  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, pattern);
  return ds_list_read_page (stmt, request, read_summary, free_summary, error);
}

/**
 * ds_customer_store_get:
 *
 * Returns: (transfer full) (nullable): the customer with their properties;
 *   %NULL with @error set when there is none
 */
DsCustomer *
ds_customer_store_get (DsDb        *db,
                       const char  *customer_id,
                       GError     **error)
{
  g_autoptr(DsStmt) customer = ds_db_prepare (db, "SELECT id, display_name FROM customers WHERE id = ?", error);
  g_autoptr(DsStmt) properties = NULL;
  g_autoptr(DsCustomer) found = NULL;
  DsStmt *both[2];
  DsStep step;

  if (customer == NULL)
    return NULL;
  properties = ds_db_prepare (db,
                              "SELECT " PROPERTY_COLUMNS
                              " FROM properties p WHERE customer_id = ? ORDER BY position, id",
                              error);
  if (properties == NULL)
    return NULL;
  /* The customer and their properties in one round trip. */
  ds_stmt_bind_text (customer, 1, customer_id);
  ds_stmt_bind_text (properties, 1, customer_id);
  both[0] = customer;
  both[1] = properties;
  if (!ds_stmts_prefetch (both, G_N_ELEMENTS (both), error) || !ds_stmt_step_row (customer, error))
    return NULL;

  found = g_new0 (DsCustomer, 1);
  found->id = ds_stmt_dup_text (customer, 0);
  found->display_name = ds_stmt_dup_text (customer, 1);
  found->properties = g_ptr_array_new_with_free_func (free_property);

  while ((step = ds_stmt_step (properties, error)) == DS_STEP_ROW)
    {
      g_ptr_array_add (found->properties, read_property (properties));
    }
  if (step == DS_STEP_ERROR)
    return NULL;

  return g_steal_pointer (&found);
}

/**
 * ds_customer_store_get_profile:
 *
 * Returns: (transfer full) (nullable): the customer's record; %NULL with a
 *   not-found problem in @error when there is none
 */
DsCustomerProfile *
ds_customer_store_get_profile (DsDb        *db,
                               const char  *customer_id,
                               GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT id, display_name, first_name, last_name, company_name,"
                                          "       customer_type, email, phone, created_at, property_count, version, notifications"
                                          " FROM customers WHERE id = ?",
                                          error);
  DsCustomerProfile *profile;
  gboolean found;

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, customer_id);
  if (!ds_stmt_step_optional (stmt, &found, error))
    return NULL;
  if (!found)
    {
      ds_set_problem (error, DS_ERROR_NOT_FOUND, NULL, "There is no such customer.");
      return NULL;
    }
  profile = g_new0 (DsCustomerProfile, 1);
  profile->id = ds_stmt_dup_text (stmt, 0);
  profile->display_name = ds_stmt_dup_text (stmt, 1);
  profile->first_name = ds_stmt_dup_text (stmt, 2);
  profile->last_name = ds_stmt_dup_text (stmt, 3);
  profile->company_name = ds_stmt_dup_text (stmt, 4);
  profile->customer_type = ds_stmt_dup_text (stmt, 5);
  profile->email = ds_stmt_dup_text (stmt, 6);
  profile->phone = ds_stmt_dup_text (stmt, 7);
  profile->created_at = ds_stmt_dup_text (stmt, 8);
  profile->property_count = ds_stmt_get_int64 (stmt, 9);
  profile->version = ds_stmt_get_int64 (stmt, 10);
  profile->notifications = g_strcmp0 (ds_stmt_get_text (stmt, 11), "off") != 0;
  return profile;
}

void
ds_customer_profile_free (DsCustomerProfile *profile)
{
  if (profile == NULL)
    return;
  g_free (profile->id);
  g_free (profile->display_name);
  g_free (profile->first_name);
  g_free (profile->last_name);
  g_free (profile->company_name);
  g_free (profile->customer_type);
  g_free (profile->email);
  g_free (profile->phone);
  g_free (profile->created_at);
  g_free (profile);
}

/**
 * ds_customer_store_list_properties:
 *
 * Returns: (transfer full) (nullable): a page of @customer_id's
 *   #DsProperty, in their order
 */
DsPage *
ds_customer_store_list_properties (DsDb                *db,
                                   const char          *customer_id,
                                   const DsPageRequest *request,
                                   GError             **error)
{
  g_autoptr(DsStmt) stmt = ds_list_prepare (db, &properties_spec, NULL, request, error);

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, customer_id);
  return ds_list_read_page (stmt, request, read_property, free_property, error);
}

/* Another customer's property is as unknown as one that does not exist. */
gboolean
ds_customer_store_owns_property (DsDb        *db,
                                 const char  *customer_id,
                                 const char  *property_id,
                                 gboolean    *owns,
                                 GError     **error)
{
  return ds_db_exists (db, "SELECT 1 FROM properties WHERE id = ? AND customer_id = ?",
                       property_id, customer_id, owns, error);
}
