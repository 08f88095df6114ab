/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <yaml.h>

#include "ds-router.h"
#include "test-openapi-check.h"
#include "test-server-fixture.h"

/* docs/api/openapi.yaml must document every route the server registers,
 * and nothing the server does not have. The document is split into files
 * joined by $ref ("quotes.yaml#/quote-approve"); this reads them with
 * libyaml, follows the references, and fails on any that leads nowhere. */

static const char *api_yaml;

typedef struct {
  char            *name;
  yaml_document_t  document;
} YamlFile;

static GHashTable *files;  /* name → YamlFile */

static void
yaml_file_free (gpointer data)
{
  YamlFile *file = data;

  yaml_document_delete (&file->document);
  g_free (file->name);
  g_free (file);
}

static YamlFile *
load_file (const char *name)
{
  g_autofree char *dir = g_path_get_dirname (api_yaml);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  yaml_parser_t parser;
  YamlFile *file = g_hash_table_lookup (files, name);
  gsize length;

  if (file != NULL)
    return file;

  if (!g_file_get_contents (path, &text, &length, &error))
    g_error ("%s: %s", name, error->message);

  file = g_new0 (YamlFile, 1);
  file->name = g_strdup (name);
  g_assert_true (yaml_parser_initialize (&parser));
  yaml_parser_set_input_string (&parser, (const unsigned char *) text, length);
  if (!yaml_parser_load (&parser, &file->document))
    g_error ("%s is not valid YAML: %s at line %zu", name, parser.problem, parser.problem_mark.line + 1);
  yaml_parser_delete (&parser);
  if (yaml_document_get_root_node (&file->document) == NULL)
    g_error ("%s is empty", name);

  g_hash_table_insert (files, file->name, file);
  return file;
}

static const char *
scalar (yaml_node_t *node)
{
  return node != NULL && node->type == YAML_SCALAR_NODE ? (const char *) node->data.scalar.value : NULL;
}

static yaml_node_t *
mapping_get (YamlFile    *file,
             yaml_node_t *mapping,
             const char  *key)
{
  if (mapping == NULL || mapping->type != YAML_MAPPING_NODE)
    return NULL;

  for (yaml_node_pair_t *pair = mapping->data.mapping.pairs.start; pair < mapping->data.mapping.pairs.top; pair++)
    if (g_strcmp0 (scalar (yaml_document_get_node (&file->document, pair->key)), key) == 0)
      return yaml_document_get_node (&file->document, pair->value);
  return NULL;
}

/* Follows a JSON pointer, "/components/schemas/Money", from the root. */
static yaml_node_t *
follow_pointer (YamlFile   *file,
                const char *pointer)
{
  g_auto(GStrv) parts = g_strsplit (pointer, "/", -1);
  yaml_node_t *node = yaml_document_get_root_node (&file->document);

  for (guint i = 0; parts[i] != NULL && node != NULL; i++)
    {
      g_autoptr(GString) key = g_string_new (parts[i]);

      if (*parts[i] == '\0')
        continue;
      g_string_replace (key, "~1", "/", 0);
      g_string_replace (key, "~0", "~", 0);
      node = mapping_get (file, node, key->str);
    }
  return node;
}

/* Resolves @ref, made in @from, to the node it names; fails the test when
 * it names nothing. */
static yaml_node_t *
resolve (YamlFile    *from,
         const char  *ref,
         YamlFile   **file)
{
  const char *hash = strchr (ref, '#');
  g_autofree char *name = hash != NULL ? g_strndup (ref, (gsize) (hash - ref)) : g_strdup (ref);
  yaml_node_t *node;

  *file = *name != '\0' ? load_file (name) : from;
  node = follow_pointer (*file, hash != NULL ? hash + 1 : "");
  if (node == NULL)
    g_error ("%s: the $ref “%s” leads nowhere", from->name, ref);
  return node;
}

/* Follows every $ref below @node, once each. */
static void
check_references (YamlFile    *file,
                  yaml_node_t *node,
                  GHashTable  *visited)
{
  g_autofree char *key = g_strdup_printf ("%s:%p", file->name, (gpointer) node);

  if (node == NULL || !g_hash_table_add (visited, g_steal_pointer (&key)))
    return;

  if (node->type == YAML_SEQUENCE_NODE)
    for (yaml_node_item_t *item = node->data.sequence.items.start; item < node->data.sequence.items.top; item++)
      check_references (file, yaml_document_get_node (&file->document, *item), visited);
  else if (node->type == YAML_MAPPING_NODE)
    {
      const char *ref = scalar (mapping_get (file, node, "$ref"));

      if (ref != NULL)
        {
          YamlFile *target_file;
          yaml_node_t *target = resolve (file, ref, &target_file);

          check_references (target_file, target, visited);
        }
      for (yaml_node_pair_t *pair = node->data.mapping.pairs.start; pair < node->data.mapping.pairs.top; pair++)
        check_references (file, yaml_document_get_node (&file->document, pair->value), visited);
    }
}

/* An operation's x-roles, as "customer technician operator admin" (in
 * that order) or "public"; NULL when it has none. */
static char *
read_roles (YamlFile    *file,
            yaml_node_t *operation)
{
  static const char * const order[] = { "public", "customer", "technician", "operator", "admin" };
  yaml_node_t *roles = mapping_get (file, operation, "x-roles");
  g_autoptr(GHashTable) named = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GString) text = g_string_new (NULL);

  if (roles == NULL || roles->type != YAML_SEQUENCE_NODE)
    return NULL;
  for (yaml_node_item_t *item = roles->data.sequence.items.start; item < roles->data.sequence.items.top; item++)
    g_hash_table_add (named, (gpointer) scalar (yaml_document_get_node (&file->document, *item)));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (g_hash_table_contains (named, order[i]))
      g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", order[i]);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The same for a route of the table. */
static char *
route_roles (const DsRoute *route)
{
  static const char * const names[] = { "customer", "technician", "operator", "admin" };
  g_autoptr(GString) text = g_string_new (NULL);

  if (route->roles == DS_ROLES_PUBLIC)
    return g_strdup ("public");
  for (guint role = 0; role < G_N_ELEMENTS (names); role++)
    if (ds_route_allows (route, (DoorstepRole) role))
      g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", names[role]);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "GET /api/v1/quotes" -> its x-roles, one for each operation of each
 * path. */
static GHashTable *
read_documented_routes (void)
{
  static const char * const methods[] = { "get", "post", "put", "patch", "delete" };
  GHashTable *routes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  YamlFile *root = load_file ("openapi.yaml");
  yaml_node_t *paths = mapping_get (root, yaml_document_get_root_node (&root->document), "paths");

  g_assert_nonnull (paths);
  g_assert_cmpint (paths->type, ==, YAML_MAPPING_NODE);

  for (yaml_node_pair_t *pair = paths->data.mapping.pairs.start; pair < paths->data.mapping.pairs.top; pair++)
    {
      const char *path = scalar (yaml_document_get_node (&root->document, pair->key));
      yaml_node_t *item = yaml_document_get_node (&root->document, pair->value);
      const char *ref = scalar (mapping_get (root, item, "$ref"));
      YamlFile *file = root;

      if (ref != NULL)
        item = resolve (root, ref, &file);

      for (guint m = 0; m < G_N_ELEMENTS (methods); m++)
        {
          yaml_node_t *operation = mapping_get (file, item, methods[m]);
          g_autofree char *method = g_ascii_strup (methods[m], -1);

          if (operation != NULL)
            g_hash_table_insert (routes, g_strdup_printf ("%s /api/v1%s", method, path), read_roles (file, operation));
        }
    }

  return routes;
}

static void
test_every_reference_resolves (void)
{
  g_autoptr(GHashTable) visited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  YamlFile *root = load_file ("openapi.yaml");

  g_autofree char *dir_path = g_path_get_dirname (api_yaml);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;

  check_references (root, yaml_document_get_root_node (&root->document), visited);

  /* Every file was reached: none lies beside the others unused. */
  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".yaml") && !g_hash_table_contains (files, name))
      g_error ("docs/api/%s is not reached from openapi.yaml", name);
}

static void
test_every_route_documented (void)
{
  g_autoptr(GHashTable) documented = read_documented_routes ();
  g_autoptr(GHashTable) served = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key;
  const DsRoute *routes;
  guint n_routes;

  routes = ds_routes_get (&n_routes);
  g_assert_cmpuint (n_routes, >, 0);

  for (guint i = 0; i < n_routes; i++)
    {
      g_autofree char *route = g_strdup_printf ("%s %s", routes[i].method, routes[i].path);

      g_autofree char *roles = route_roles (&routes[i]);
      const char *documented_roles;

      if (!g_hash_table_contains (documented, route))
        g_error ("The server answers %s but docs/api does not document it", route);
      documented_roles = g_hash_table_lookup (documented, route);
      if (g_strcmp0 (documented_roles, roles) != 0)
        g_error ("docs/api says x-roles of %s are [%s], but its route lets in [%s]", route,
                 documented_roles != NULL ? documented_roles : "(none)", roles);
      g_hash_table_add (served, g_steal_pointer (&route));
    }

  g_hash_table_iter_init (&iter, documented);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (served, key))
      g_error ("docs/api documents %s but the server has no such route", (const char *) key);

  g_assert_cmpuint (g_hash_table_size (documented), ==, n_routes);
}

/* The checker (tests/fixture/openapi-check.py) that every server test's
 * answers go through: real answers of a demo server pass, and the same
 * answers changed where the document says otherwise fail. */

static TestServer *server;

/* What the checker says of @node as the answer to @method @path. */
static char **
check_json (const char *method,
            const char *path,
            guint       status,
            const char *content_type,
            JsonNode   *node)
{
  g_autofree char *text = json_to_string (node, FALSE);
  g_autoptr(GBytes) body = g_bytes_new (text, strlen (text));

  return test_openapi_check (method, path, status, content_type, body);
}

/* Fails unless one of @errors is about the value at @where. */
static void
assert_error_at (char       **errors,
                 const char  *where)
{
  g_autofree char *prefix = g_strdup_printf ("at %s: ", where);

  g_assert_nonnull (errors);
  for (guint i = 0; errors[i] != NULL; i++)
    if (g_str_has_prefix (errors[i], prefix))
      return;
  g_error ("no error at %s among: %s", where, g_strjoinv ("; ", errors));
}

static JsonNode *
get_json (const char *path,
          const char *token)
{
  g_autoptr(TestResponse) response = test_http (server, "GET", path, token, NULL);

  g_assert_cmpuint (response->status, ==, 200);
  return json_node_copy (response->json);
}

static void
test_check_real_answers (void)
{
  g_autofree char *maya = test_login (server, "customer@example.com", NULL);
  g_autoptr(JsonNode) dashboard = get_json ("/api/v1/dashboard", maya);
  g_autoptr(JsonNode) quotes = get_json ("/api/v1/quotes?status=all", maya);
  g_auto(GStrv) errors = NULL;

  g_assert_true (test_openapi_check_enabled ());
  errors = check_json ("GET", "/api/v1/dashboard", 200, "application/json", dashboard);
  g_assert_null (errors);
  errors = check_json ("GET", "/api/v1/quotes", 200, "application/json", quotes);
  g_assert_null (errors);
}

static void
test_check_null_for_object (void)
{
  g_autofree char *maya = test_login (server, "customer@example.com", NULL);
  g_autoptr(JsonNode) dashboard = get_json ("/api/v1/dashboard", maya);
  g_autoptr(JsonNode) quotes = get_json ("/api/v1/quotes?status=all", maya);
  JsonObject *first_quote;
  g_autofree char *quote_path = NULL;
  g_autoptr(JsonNode) quote = NULL;
  JsonObject *item;
  g_auto(GStrv) errors = NULL;

  /* open_quotes is an object, never null; next_visit may be null. */
  json_object_set_null_member (json_node_get_object (dashboard), "next_visit");
  errors = check_json ("GET", "/api/v1/dashboard", 200, "application/json", dashboard);
  g_assert_null (errors);
  json_object_set_null_member (json_node_get_object (dashboard), "open_quotes");
  errors = check_json ("GET", "/api/v1/dashboard", 200, "application/json", dashboard);
  assert_error_at (errors, "/open_quotes");
  g_clear_pointer (&errors, g_strfreev);

  /* Deep inside, through a $ref to another file (Money, in common.yaml). */
  first_quote = json_array_get_object_element (json_object_get_array_member (json_node_get_object (quotes), "items"), 0);
  quote_path = g_strdup_printf ("/api/v1/quotes/%s", json_object_get_string_member (first_quote, "id"));
  quote = get_json (quote_path, maya);
  item = json_array_get_object_element (json_object_get_array_member (json_node_get_object (quote), "items"), 0);
  json_object_set_null_member (item, "unit_price");
  errors = check_json ("GET", quote_path, 200, "application/json", quote);
  assert_error_at (errors, "/items/0/unit_price");
}

static void
test_check_undocumented (void)
{
  g_autofree char *maya = test_login (server, "customer@example.com", NULL);
  g_autoptr(JsonNode) dashboard = get_json ("/api/v1/dashboard", maya);
  g_autoptr(TestResponse) missing = test_http (server, "GET", "/api/v1/nowhere", maya, NULL);
  g_autoptr(GBytes) pdf = g_bytes_new_static ("%PDF-1.7", 8);
  g_auto(GStrv) errors = NULL;

  /* A member the document does not have. */
  json_object_set_int_member (json_node_get_object (dashboard), "surprise", 1);
  errors = check_json ("GET", "/api/v1/dashboard", 200, "application/json", dashboard);
  assert_error_at (errors, "/");
  g_clear_pointer (&errors, g_strfreev);

  /* A status the operation does not list. */
  errors = check_json ("GET", "/api/v1/dashboard", 418, "application/problem+json", missing->json);
  g_assert_nonnull (errors);
  g_clear_pointer (&errors, g_strfreev);

  /* A path the document does not have is 404, and nothing else. */
  test_assert_problem (missing, 404);
  errors = test_openapi_check ("GET", "/api/v1/nowhere", 404, missing->content_type, missing->body);
  g_assert_null (errors);
  errors = check_json ("GET", "/api/v1/nowhere", 200, "application/json", dashboard);
  g_assert_nonnull (errors);
  g_clear_pointer (&errors, g_strfreev);

  /* A content type the response does not list; a body where it lists none. */
  errors = test_openapi_check ("GET", "/api/v1/quotes/q/pdf", 200, "text/html", pdf);
  g_assert_nonnull (errors);
  g_clear_pointer (&errors, g_strfreev);
  errors = test_openapi_check ("DELETE", "/api/v1/files/f", 204, "application/pdf", pdf);
  g_assert_nonnull (errors);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  api_yaml = g_getenv ("DOORSTEP_API_YAML");
  g_assert_nonnull (api_yaml);
  files = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, yaml_file_free);

  g_test_add_func ("/openapi/every-reference-resolves", test_every_reference_resolves);
  g_test_add_func ("/openapi/every-route-documented", test_every_route_documented);
  g_test_add_func ("/openapi/check/real-answers", test_check_real_answers);
  g_test_add_func ("/openapi/check/null-for-object", test_check_null_for_object);
  g_test_add_func ("/openapi/check/undocumented", test_check_undocumented);

  server = test_server_start (TRUE);
  status = g_test_run ();
  test_server_stop (server);
  g_hash_table_unref (files);
  return status;
}
