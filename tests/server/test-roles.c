/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-route.h"
#include "test-server-fixture.h"

/* Every route of the table (handlers/ds-routes.c) called as every role:
 * nobody signed in, a customer (Maya), each of the staff roles; each on
 * the customer's own records, on another customer's (Daniel's), and for
 * staff as a preview of the customer's portal. What each call must get
 * comes from the route's own row: a role the row does not name is
 * refused (a customer with 404, as if nothing were there; staff with
 * 403), a role it names gets past the gate, and a staff preview of a
 * customer's write is refused as read-only. A route added to the table
 * is walked here at once; one whose path names a kind of record this
 * test does not know fails it until the kind is added.
 *
 * Getting past the gate is told from the answer: not 401 or 403, and no
 * 404 that says the address itself is not there ("There is nothing at
 * this address." is the role's refusal; "There is no such quote." is a
 * record's). Writes are sent a body they refuse ([] for JSON, which is
 * not an object), or a record that does not exist where they take none,
 * so that walking them changes nothing. */

#define NOTHING_HERE "There is nothing at this address."
#define MISSING_ID "zzz_not_a_record"

static TestServer *server;

typedef enum {
  AS_NOBODY,
  AS_CUSTOMER,
  AS_TECHNICIAN,
  AS_OPERATOR,
  AS_ADMIN,
  N_CALLERS
} Caller;

static const char * const caller_emails[N_CALLERS] = {
  [AS_CUSTOMER] = "customer@example.com",
  [AS_TECHNICIAN] = "technician@example.com",
  [AS_OPERATOR] = "operator@example.com",
  [AS_ADMIN] = "admin@example.com",
};

static const DoorstepRole caller_roles[N_CALLERS] = {
  [AS_CUSTOMER] = DOORSTEP_ROLE_CUSTOMER,
  [AS_TECHNICIAN] = DOORSTEP_ROLE_TECHNICIAN,
  [AS_OPERATOR] = DOORSTEP_ROLE_OPERATOR,
  [AS_ADMIN] = DOORSTEP_ROLE_ADMIN,
};

static char *tokens[N_CALLERS];

/* The records a path's {id} may name, by the path's first segment: one
 * of Maya's, one of Daniel's (NULL when Daniel has none). */
typedef struct {
  const char *prefix;   /* "/api/v1/quotes/" */
  char       *own;
  char       *other;
} Records;

static Records records[] = {
  { "/api/v1/quotes/" },
  { "/api/v1/invoices/" },
  { "/api/v1/payments/" },
  { "/api/v1/payment-methods/" },
  { "/api/v1/jobs/" },
  { "/api/v1/visits/" },
  { "/api/v1/projects/" },
  { "/api/v1/plans/" },
  { "/api/v1/equipment/" },
  { "/api/v1/files/" },
  { "/api/v1/technicians/" },
  { "/api/v1/calendar/" },
  { "/api/v1/customers/" },
};

/* The id member of the first item of a list @token reads, or NULL. */
static char *
first_id (const char *token,
          const char *path,
          const char *member)
{
  g_autoptr(TestResponse) response = test_http (server, "GET", path, token, NULL);
  JsonArray *items;
  JsonObject *item;
  const char *value;

  g_assert_cmpuint (response->status, ==, 200);
  items = json_object_get_array_member (test_response_object (response), "items");
  if (json_array_get_length (items) == 0)
    return NULL;
  item = json_array_get_object_element (items, 0);
  if (strchr (member, '.') != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (member, ".", 2);

      item = json_object_get_object_member (item, parts[0]);
      member = parts[1];
      value = json_object_get_string_member (item, member);
      return g_strdup (value);
    }
  return g_strdup (json_object_get_string_member (item, member));
}

static void
find_records (const char *token,
              gboolean    own)
{
  const char * const lists[][2] = {
    { "/api/v1/quotes", "id" },
    { "/api/v1/invoices?status=all", "id" },
    { "/api/v1/payments", "id" },
    { "/api/v1/payment-methods", "id" },
    { "/api/v1/jobs?status=completed", "job_id" },
    { "/api/v1/jobs?status=upcoming", "id" },
    { "/api/v1/projects?status=all", "id" },
    { "/api/v1/plans", "id" },
    { "/api/v1/equipment", "id" },
    { "/api/v1/documents?kind=photos", "id" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      char *id = first_id (token, lists[i][0], lists[i][1]);
      char **slot = own ? &records[i].own : &records[i].other;

      *slot = id;
    }
}

static const Records *
records_for (const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (records); i++)
    if (g_str_has_prefix (path, records[i].prefix))
      return &records[i];
  return NULL;
}

/* @route's path with its {param} filled in; NULL when the records it
 * needs are not there (Daniel has no such record). */
static char *
fill_path (const DsRoute *route,
           gboolean       own,
           gboolean       missing)
{
  const char *brace = strchr (route->path, '{');
  const Records *found;
  const char *id;
  const char *close;

  if (brace == NULL)
    return g_strdup (route->path);
  found = records_for (route->path);
  if (found == NULL)
    g_error ("test-roles does not know what %s names: add its records", route->path);
  id = missing ? MISSING_ID : own ? found->own : found->other;
  if (id == NULL)
    return NULL;
  close = strchr (brace, '}');
  {
    g_autofree char *rest = g_strdup (close + 1);
    char *inner;

    /* A record inside the first ({note_id} of a customer's notes): one
     * that is not there, which the route's own check answers 404. */
    while ((inner = strchr (rest, '{')) != NULL)
      {
        g_autofree char *before = g_strndup (rest, inner - rest);
        g_autofree char *after = g_strdup (strchr (inner, '}') + 1);

        g_free (rest);
        rest = g_strconcat (before, MISSING_ID, after, NULL);
      }
    return g_strdup_printf ("%.*s%s%s", (int) (brace - route->path), route->path, id, rest);
  }
}

/* Whether @route names a record of the customer's, which another
 * customer must not reach. */
static gboolean
names_a_record (const DsRoute *route)
{
  return strchr (route->path, '{') != NULL && route->scope != DS_SCOPE_NONE;
}

static TestResponse *
call (const DsRoute *route,
      Caller         caller,
      const char    *path,
      const char    *customer_id)
{
  g_autoptr(GString) url = g_string_new (path);
  g_autoptr(GBytes) body = NULL;
  g_autoptr(SoupMessage) msg = NULL;
  g_autofree char *key = g_uuid_string_random ();
  const char *content_type = NULL;

  if (customer_id != NULL)
    g_string_append_printf (url, "%scustomer_id=%s", strchr (path, '?') != NULL ? "&" : "?", customer_id);
  if (route->body == DS_BODY_JSON)
    {
      body = g_bytes_new_static ("[]", 2);
      content_type = "application/json";
    }
  else if (route->body == DS_BODY_BYTES)
    {
      body = g_bytes_new_static ("x", 1);
      content_type = "application/octet-stream";
    }
  msg = test_http_message (server, route->method, url->str, tokens[caller], route->idempotent ? key : NULL,
                           content_type, body);
  return test_http_send (NULL, msg);
}

static const char *
detail_of (TestResponse *response)
{
  if (response->json == NULL || !JSON_NODE_HOLDS_OBJECT (response->json))
    return NULL;
  return json_object_get_string_member_with_default (test_response_object (response), "detail", NULL);
}

static void
assert_admitted (const DsRoute *route,
                 Caller         caller,
                 const char    *path,
                 TestResponse  *response)
{
  if (response->status == 401 || response->status == 403 ||
      (response->status == 404 && g_strcmp0 (detail_of (response), NOTHING_HERE) == 0))
    g_error ("%s %s as %s: refused (%u, %s), but its route lets this role in", route->method, path,
             caller == AS_NOBODY ? "nobody" : caller_emails[caller], response->status, detail_of (response));
}

static void
assert_refused (const DsRoute *route,
                Caller         caller,
                const char    *path,
                TestResponse  *response)
{
  guint expected = caller == AS_NOBODY ? 401 : caller == AS_CUSTOMER ? 404 : 403;
  const char *detail = NULL;

  /* Staff who preview a customer's portal are told it only reads. */
  if (caller != AS_NOBODY && caller != AS_CUSTOMER && route->scope != DS_SCOPE_NONE &&
      route->scope != DS_SCOPE_PATH_CUSTOMER && ds_route_allows (route, DOORSTEP_ROLE_CUSTOMER))
    detail = "Viewing a customer’s portal is read-only.";
  else if (caller == AS_CUSTOMER)
    detail = NOTHING_HERE;
  if (response->status != expected || (detail != NULL && g_strcmp0 (detail_of (response), detail) != 0))
    g_error ("%s %s as %s: got %u (%s), but its route does not let this role in (expected %u)",
             route->method, path, caller == AS_NOBODY ? "nobody" : caller_emails[caller], response->status,
             detail_of (response), expected);
  test_assert_problem (response, expected);
}

/* Writes that take no body are walked with a record that is not there. */
static gboolean
acts_without_body (const DsRoute *route)
{
  return !g_str_equal (route->method, "GET") && route->body == DS_BODY_NONE;
}

static void
walk_route (const DsRoute *route)
{
  for (Caller caller = AS_NOBODY; caller < N_CALLERS; caller++)
    {
      gboolean staff = caller != AS_NOBODY && caller != AS_CUSTOMER;
      gboolean allowed = route->roles == DS_ROLES_PUBLIC ||
                         (caller != AS_NOBODY && ds_route_allows (route, caller_roles[caller]));
      gboolean preview = staff && (route->scope == DS_SCOPE_CUSTOMER || route->scope == DS_SCOPE_CUSTOMER_OR_ALL);
      g_autofree char *own = fill_path (route, TRUE, acts_without_body (route));
      g_autoptr(TestResponse) response = NULL;

      g_assert_nonnull (own);

      /* Their own records; staff's as a preview of the customer's portal. */
      response = call (route, caller, own, preview ? MAYA_ID : NULL);
      if (allowed)
        assert_admitted (route, caller, own, response);
      else
        assert_refused (route, caller, own, response);

      if (caller != AS_CUSTOMER || !allowed || route->scope == DS_SCOPE_NONE)
        continue;

      /* Another customer's: by naming them, and by their record's id. */
      {
        g_autoptr(TestResponse) naming = call (route, caller, own, DANIEL_ID);

        g_assert_cmpuint (naming->status, ==, 404);
      }
      if (names_a_record (route) && (route->tx == DS_TX_READ || route->body == DS_BODY_NONE))
        {
          g_autofree char *other = fill_path (route, FALSE, FALSE);
          g_autoptr(TestResponse) theirs = NULL;

          if (other == NULL)
            continue;
          theirs = call (route, caller, other, NULL);
          if (theirs->status != 404)
            g_error ("%s %s as Maya: %u, but it names Daniel's record", route->method, other, theirs->status);
          test_assert_problem (theirs, 404);
        }
    }
}

static void
test_every_route_every_role (void)
{
  const DsRoute *routes;
  guint n_routes;

  for (Caller caller = AS_CUSTOMER; caller < N_CALLERS; caller++)
    tokens[caller] = test_login (server, caller_emails[caller], NULL);
  find_records (tokens[AS_CUSTOMER], TRUE);
  {
    g_autofree char *daniel = test_login (server, "customer2@example.com", NULL);

    find_records (daniel, FALSE);
  }
  /* Records that are not a customer's: a technician's photo (Luis has
   * one), and a calendar feed's token (which no one can guess). */
  {
    g_autoptr(TestResponse) job = NULL;
    g_autofree char *path = g_strconcat ("/api/v1/jobs/", records_for ("/api/v1/jobs/")->own, NULL);
    JsonObject *visit;

    job = test_http (server, "GET", path, tokens[AS_CUSTOMER], NULL);
    visit = json_array_get_object_element (json_object_get_array_member (test_response_object (job), "visits"), 0);
    records[10].own = g_strdup (json_object_get_string_member (
      json_array_get_object_element (json_object_get_array_member (visit, "technicians"), 0), "id"));
    records[11].own = g_strdup ("not-a-feed-token");
    /* The staff's own routes name a customer in the path. */
    records[12].own = g_strdup (MAYA_ID);
    records[12].other = g_strdup (DANIEL_ID);
  }
  for (guint i = 0; i < G_N_ELEMENTS (records); i++)
    g_assert_nonnull (records[i].own);

  routes = ds_routes_get (&n_routes);
  for (guint i = 0; i < n_routes; i++)
    walk_route (&routes[i]);

  test_assert_still_serving (server);
}

int
main (int    argc,
      char **argv)
{
  const TestCase tests[] = {
    { "/roles/every-route-every-role", test_every_route_every_role },
    { NULL }
  };

  return test_run_with_server (argc, argv, &server, tests);
}
