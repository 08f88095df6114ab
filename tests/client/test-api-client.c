/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-auth-api.h"
#include "doorstep-company-api.h"
#include "doorstep-contact.h"
#include "doorstep-customers-api.h"
#include "doorstep-enum-types.h"
#include "doorstep-paged-list.h"
#include "doorstep-requests-api.h"
#include "doorstep-scope.h"
#include "test-server-fixture.h"

static TestServer *server;

/* The scope of the client's own calls, or of a customer staff preview:
 * calls need no session. */
static DoorstepScope *
new_scope (DoorstepApiClient *client,
           const char        *customer_id)
{
  return doorstep_scope_new (client, NULL, customer_id);
}

/* Runs the main context until an async call stored its result. */
static void
store_result_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static DoorstepApiClient *
new_client (void)
{
  DoorstepApiClient *client = doorstep_api_client_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (doorstep_api_client_set_base_url (client, server->base_url, &error));
  g_assert_no_error (error);
  return client;
}

static DoorstepUser *
sign_in (DoorstepApiClient *client,
         const char        *email,
         const char        *password,
         GError           **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  doorstep_auth_api_login_async (client, email, password, NULL, store_result_cb, &result);
  return doorstep_auth_api_login_finish (client, wait_for (&result), error);
}

/* Signs in, which must work; for tests about what comes after. */
static void
sign_in_ok (DoorstepApiClient *client,
            const char        *email)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepUser) user = sign_in (client, email, DEMO_PASSWORD, &error);

  g_assert_no_error (error);
  g_assert_nonnull (user);
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
test_base_url (void)
{
  g_autoptr(DoorstepApiClient) client = doorstep_api_client_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (doorstep_api_client_set_base_url (client, " 127.0.0.1:8080/ ", NULL));
  g_assert_cmpstr (doorstep_api_client_get_base_url (client), ==, "http://127.0.0.1:8080");
  g_assert_true (doorstep_api_client_set_base_url (client, "https://portal.example.com", NULL));
  g_assert_cmpstr (doorstep_api_client_get_base_url (client), ==, "https://portal.example.com");

  g_assert_false (doorstep_api_client_set_base_url (client, "", &error));
  g_assert_error (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_INVALID_ADDRESS);
  g_clear_error (&error);
  g_assert_false (doorstep_api_client_set_base_url (client, "ftp://example.com", &error));
  g_assert_error (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_INVALID_ADDRESS);
}

static void
test_health (void)
{
  g_autoptr(DoorstepApiClient) client = new_client ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepHealth) health = NULL;
  g_autoptr(DoorstepDemoAccount) first = NULL;
  GListModel *accounts;

  doorstep_auth_api_get_health_async (client, NULL, store_result_cb, &result);
  health = doorstep_auth_api_get_health_finish (client, wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (doorstep_health_get_demo_password (health), ==, DEMO_PASSWORD);
  accounts = doorstep_health_get_demo_accounts (health);
  g_assert_cmpuint (g_list_model_get_n_items (accounts), ==, 5);
  first = g_list_model_get_item (accounts, 0);
  g_assert_cmpint (doorstep_demo_account_get_role (first), ==, DOORSTEP_ROLE_CUSTOMER);
}

static void
test_login_errors (void)
{
  g_autoptr(DoorstepApiClient) client = new_client ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepUser) user = NULL;
  GHashTable *fields;

  user = sign_in (client, "customer@example.com", "wrong", &error);
  g_assert_null (user);
  g_assert_error (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_UNAUTHORIZED);
  g_assert_cmpstr (error->message, ==, "The email address or password is not right.");
  g_clear_error (&error);

  user = sign_in (client, "not-an-email", "x", &error);
  g_assert_error (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_VALIDATION);
  fields = doorstep_api_error_get_field_errors (error);
  g_assert_nonnull (fields);
  g_assert_cmpstr (g_hash_table_lookup (fields, "email"), ==, "This is not an email address.");
  g_assert_null (doorstep_api_client_get_refresh_token (client));
}

static void
test_unreachable (void)
{
  g_autoptr(DoorstepApiClient) client = doorstep_api_client_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepUser) user = NULL;
  g_autofree char *url = test_closed_server_url ();

  g_assert_true (doorstep_api_client_set_base_url (client, url, NULL));

  user = sign_in (client, "customer@example.com", DEMO_PASSWORD, &error);
  g_assert_null (user);
  g_assert_error (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_NETWORK);
  g_assert_nonnull (strstr (error->message, url));
}

static void
test_portal_data (void)
{
  g_autoptr(DoorstepApiClient) client = new_client ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepUser) user = sign_in (client, "customer@example.com", DEMO_PASSWORD, &error);
  g_autoptr(GAsyncResult) company_result = NULL;
  g_autoptr(GAsyncResult) dashboard_result = NULL;
  g_autoptr(DoorstepCompany) company = NULL;
  g_autoptr(DoorstepDashboard) dashboard = NULL;
  g_autoptr(DoorstepScope) scope = new_scope (client, NULL);
  DoorstepCustomer *customer;
  gsize n_spans;

  g_assert_no_error (error);
  g_assert_cmpint (doorstep_user_get_role (user), ==, DOORSTEP_ROLE_CUSTOMER);
  g_assert_cmpstr (doorstep_user_get_customer_id (user), ==, MAYA_ID);

  /* Both at once, as the dashboard page asks. */
  doorstep_company_api_get_async (client, NULL, store_result_cb, &company_result);
  doorstep_company_api_get_dashboard_async (scope, NULL, store_result_cb, &dashboard_result);
  company = doorstep_company_api_get_finish (client, wait_for (&company_result), &error);
  g_assert_no_error (error);
  dashboard = doorstep_company_api_get_dashboard_finish (scope, wait_for (&dashboard_result), &error);
  g_assert_no_error (error);

  g_assert_cmpstr (doorstep_company_get_name (company), ==, "Northwind Home Services");
  g_assert_cmpuint (g_list_model_get_n_items (doorstep_company_get_service_types (company)), ==, 7);
  doorstep_company_get_hours (company, &n_spans);
  g_assert_cmpuint (n_spans, ==, 6);
  g_assert_cmpstr (doorstep_company_get_address_line (company), ==, "1450 SE Alder St, Suite 200, Portland, OR 97214");
  g_assert_cmpstr (doorstep_company_get_address (company), ==, "1450 SE Alder St\nSuite 200\nPortland, OR 97214");

  customer = doorstep_dashboard_get_customer (dashboard);
  g_assert_cmpstr (doorstep_customer_get_display_name (customer), ==, "Maya Okafor");
  g_assert_cmpuint (g_list_model_get_n_items (doorstep_customer_get_properties (customer)), ==, 2);
  g_assert_cmpstr (doorstep_dashboard_get_currency (dashboard), ==, "USD");
  g_assert_nonnull (doorstep_dashboard_get_next_visit (dashboard));
}

static void
test_create_request (void)
{
  g_autoptr(DoorstepApiClient) client = new_client ();
  g_autoptr(GError) error = NULL;
  sign_in_ok (client, "customer2@example.com");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) bad_result = NULL;
  g_autoptr(DoorstepServiceRequest) request = NULL;
  g_autoptr(DoorstepServiceRequest) refused = NULL;
  g_autoptr(DoorstepScope) scope = new_scope (client, NULL);
  GHashTable *fields;

  doorstep_requests_api_create_async (scope, DOORSTEP_REQUEST_KIND_JOB, "svc_drains",
                                      "prp_demo0daniel0reyes_1", "Kitchen sink drains slowly.",
                                      DOORSTEP_TIMING_THIS_WEEK, "kitchen-sink-1", NULL,
                                      store_result_cb, &result);
  request = doorstep_requests_api_create_finish (scope, wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (doorstep_service_request_get_service_name (request), ==, "Drain cleaning");
  g_assert_cmpint (doorstep_service_request_get_status (request), ==, DOORSTEP_REQUEST_STATUS_NEW);

  /* Someone else's property: refused with the field named. */
  doorstep_requests_api_create_async (scope, DOORSTEP_REQUEST_KIND_JOB, "svc_drains",
                                      "prp_demo0maya0okafor_1", "Not my house.",
                                      DOORSTEP_TIMING_ASAP, "not-my-house-1", NULL,
                                      store_result_cb, &bad_result);
  refused = doorstep_requests_api_create_finish (scope, wait_for (&bad_result), &error);
  g_assert_null (refused);
  g_assert_error (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_VALIDATION);
  fields = doorstep_api_error_get_field_errors (error);
  g_assert_cmpstr (g_hash_table_lookup (fields, "property_id"), ==, "Choose one of your properties.");
}

static void
wait_until_loaded (DoorstepPagedList *list)
{
  while (doorstep_paged_list_get_loading (list))
    g_main_context_iteration (NULL, TRUE);
}

static void
test_paged_list (void)
{
  g_autoptr(DoorstepApiClient) client = new_client ();
  g_autoptr(GError) error = NULL;
  sign_in_ok (client, "operator@example.com");
  const char *query[] = { "limit", "3", NULL };
  g_autoptr(DoorstepScope) scope = new_scope (client, NULL);
  g_autoptr(DoorstepPagedList) list = doorstep_paged_list_new (scope, &doorstep_customers_api_list, query);
  g_autoptr(DoorstepCustomer) first = NULL;
  guint pages = 0;

  g_assert_no_error (error);
  g_assert_true (doorstep_paged_list_get_has_more (list));
  while (doorstep_paged_list_get_has_more (list))
    {
      doorstep_paged_list_load_more (list);
      wait_until_loaded (list);
      g_assert_null (doorstep_paged_list_get_error (list));
      pages++;
    }

  g_assert_cmpuint (pages, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 8);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (doorstep_customer_get_display_name (first), ==, "Alice Brennan");
}

static void
test_refresh_on_401 (void)
{
  g_autoptr(DoorstepApiClient) client = new_client ();
  g_autoptr(GError) error = NULL;
  sign_in_ok (client, "admin@example.com");
  g_autoptr(GAsyncResult) first = NULL;
  g_autoptr(GAsyncResult) second = NULL;
  g_autoptr(GAsyncResult) third = NULL;
  g_autoptr(DoorstepUser) me1 = NULL;
  g_autoptr(DoorstepUser) me2 = NULL;
  g_autoptr(DoorstepUser) me3 = NULL;
  g_autofree char *old_refresh = NULL;
  guint changed = 0;

  g_assert_no_error (error);
  old_refresh = g_strdup (doorstep_api_client_get_refresh_token (client));
  g_signal_connect (client, "session-changed", G_CALLBACK (count_cb), &changed);

  /* The access token runs out. Two calls meet the 401 together: they
   * must share one refresh, or the second would reuse a rotated token
   * and end the session. */
  test_server_exec_sql (server, "UPDATE access_tokens SET expires_at = 0");
  doorstep_auth_api_get_me_async (client, NULL, store_result_cb, &first);
  doorstep_auth_api_get_me_async (client, NULL, store_result_cb, &second);
  me1 = doorstep_auth_api_get_me_finish (client, wait_for (&first), &error);
  g_assert_no_error (error);
  me2 = doorstep_auth_api_get_me_finish (client, wait_for (&second), &error);
  g_assert_no_error (error);

  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstr (doorstep_api_client_get_refresh_token (client), !=, old_refresh);
  g_assert_cmpstr (doorstep_user_get_email (me1), ==, "admin@example.com");

  /* The session is still good afterwards. */
  doorstep_auth_api_get_me_async (client, NULL, store_result_cb, &third);
  me3 = doorstep_auth_api_get_me_finish (client, wait_for (&third), &error);
  g_assert_no_error (error);
  g_assert_nonnull (me3);
}

static void
test_session_ended (void)
{
  g_autoptr(DoorstepApiClient) client = new_client ();
  g_autoptr(GError) error = NULL;
  sign_in_ok (client, "technician@example.com");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(DoorstepUser) me = NULL;
  guint ended = 0;

  g_assert_no_error (error);
  g_signal_connect (client, "session-ended", G_CALLBACK (count_cb), &ended);

  /* Someone ended the session elsewhere. */
  test_server_exec_sql (server,
                        "UPDATE sessions SET revoked_at = '2026-01-01T00:00:00Z'"
                        " WHERE user_id = 'usr_demo0technician'");
  doorstep_auth_api_get_me_async (client, NULL, store_result_cb, &result);
  me = doorstep_auth_api_get_me_finish (client, wait_for (&result), &error);
  g_assert_null (me);
  g_assert_error (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_UNAUTHORIZED);
  g_assert_cmpuint (ended, ==, 1);
  g_assert_null (doorstep_api_client_get_refresh_token (client));
}

static void
test_resume_and_logout (void)
{
  g_autoptr(DoorstepApiClient) client = new_client ();
  g_autoptr(DoorstepApiClient) later = new_client ();
  g_autoptr(GError) error = NULL;
  sign_in_ok (client, "customer@example.com");
  g_autoptr(GAsyncResult) resumed_result = NULL;
  g_autoptr(GAsyncResult) logout_result = NULL;
  g_autoptr(GAsyncResult) again_result = NULL;
  g_autoptr(DoorstepUser) resumed = NULL;
  g_autoptr(DoorstepUser) again = NULL;
  g_autofree char *kept = g_strdup (doorstep_api_client_get_refresh_token (client));

  /* Another run of the app picks the session up from the kept token. */
  doorstep_auth_api_resume_async (later, kept, NULL, store_result_cb, &resumed_result);
  resumed = doorstep_auth_api_resume_finish (later, wait_for (&resumed_result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (doorstep_user_get_email (resumed), ==, "customer@example.com");

  doorstep_auth_api_logout_async (later, NULL, store_result_cb, &logout_result);
  g_assert_true (doorstep_auth_api_logout_finish (later, wait_for (&logout_result), &error));
  g_assert_no_error (error);
  g_assert_null (doorstep_api_client_get_refresh_token (later));

  /* The session is over on the server too. */
  doorstep_auth_api_resume_async (later, kept, NULL, store_result_cb, &again_result);
  again = doorstep_auth_api_resume_finish (later, wait_for (&again_result), &error);
  g_assert_null (again);
  g_assert_error (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_UNAUTHORIZED);
}

static void
test_staff_preview (void)
{
  g_autoptr(DoorstepApiClient) client = new_client ();
  g_autoptr(GError) error = NULL;
  sign_in_ok (client, "operator@example.com");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) write_result = NULL;
  g_autoptr(DoorstepDashboard) dashboard = NULL;
  g_autoptr(DoorstepServiceRequest) request = NULL;
  g_autoptr(DoorstepScope) preview = new_scope (client, DANIEL_ID);

  g_assert_no_error (error);
  g_assert_true (doorstep_scope_get_read_only (preview));
  /* The scope names the customer on every call made for it. */
  doorstep_company_api_get_dashboard_async (preview, NULL, store_result_cb, &result);
  dashboard = doorstep_company_api_get_dashboard_finish (preview, wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (doorstep_customer_get_display_name (doorstep_dashboard_get_customer (dashboard)), ==, "Daniel Reyes");

  /* And the server, not the app, refuses staff writing for a customer. */
  doorstep_requests_api_create_async (preview, DOORSTEP_REQUEST_KIND_JOB, "svc_drains",
                                      "prp_demo0daniel0reyes_1", "Staff cannot write.",
                                      DOORSTEP_TIMING_ASAP, "staff-write-1", NULL,
                                      store_result_cb, &write_result);
  request = doorstep_requests_api_create_finish (preview, wait_for (&write_result), &error);
  g_assert_null (request);
  g_assert_error (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_FORBIDDEN);
}

/* A list dropped for a new query goes at once, and cancels its request. */
static void
test_paged_list_dropped (void)
{
  g_autoptr(DoorstepApiClient) client = new_client ();
  g_autoptr(GError) error = NULL;
  sign_in_ok (client, "operator@example.com");
  g_autoptr(DoorstepScope) scope = new_scope (client, NULL);
  DoorstepPagedList *list = doorstep_paged_list_new (scope, &doorstep_customers_api_list, NULL);
  gpointer weak = list;
  gint64 until;

  g_assert_no_error (error);
  g_object_add_weak_pointer (G_OBJECT (list), &weak);
  doorstep_paged_list_load_more (list);
  g_assert_true (doorstep_paged_list_get_loading (list));
  g_object_unref (list);
  g_assert_null (weak);

  /* The cancelled request finishes without touching the list. */
  until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* The JSON names of the shared enums are the GEnum nicks the models read. */
static void
test_enum_nicks (void)
{
  struct {
    GType type;
    guint n;
    const char *(*to_string) (int value);
  } enums[] = {
    { DOORSTEP_TYPE_ROLE, DOORSTEP_ROLE_ADMIN + 1, (gpointer) doorstep_role_to_string },
    { DOORSTEP_TYPE_QUOTE_STATUS, DOORSTEP_QUOTE_STATUS_DECLINED + 1, (gpointer) doorstep_quote_status_to_string },
    { DOORSTEP_TYPE_REQUEST_STATUS, DOORSTEP_REQUEST_STATUS_CLOSED + 1, (gpointer) doorstep_request_status_to_string },
    { DOORSTEP_TYPE_REQUEST_KIND, DOORSTEP_REQUEST_KIND_QUOTE + 1, (gpointer) doorstep_request_kind_to_string },
    { DOORSTEP_TYPE_TIMING, doorstep_timing_get_count (), (gpointer) doorstep_timing_to_string },
    { DOORSTEP_TYPE_QUOTE_FILTER, doorstep_quote_filter_get_count (), (gpointer) doorstep_quote_filter_to_string },
  };

  for (guint i = 0; i < G_N_ELEMENTS (enums); i++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (enums[i].type);

      g_assert_cmpuint (klass->n_values, ==, enums[i].n);
      for (guint v = 0; v < enums[i].n; v++)
        g_assert_cmpstr (g_enum_get_value (klass, (int) v)->value_nick, ==, enums[i].to_string ((int) v));
    }
}

/* A record missing what it must have is refused, naming what is missing. */
static void
test_record_required (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepCustomer) customer = NULL;
  g_autoptr(DoorstepVisit) visit = NULL;

  g_assert_true (json_parser_load_from_data (parser, "{\"id\": \"cus_1\"}", -1, NULL));
  customer = doorstep_record_new_from_json (DOORSTEP_TYPE_CUSTOMER, json_node_get_object (json_parser_get_root (parser)),
                                            &error);
  g_assert_null (customer);
  g_assert_error (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_INVALID_RESPONSE);
  g_clear_error (&error);

  /* Timestamps are parsed once, on reading. */
  g_assert_true (json_parser_load_from_data (parser,
                                             "{\"id\": \"vis_1\", \"job_id\": \"job_1\", \"job_title\": \"Tune-up\","
                                             " \"status\": \"scheduled\", \"time_zone\": \"America/Los_Angeles\","
                                             " \"starts_at\": \"2026-11-23T16:00:00Z\","
                                             " \"ends_at\": \"2026-11-23T18:00:00Z\"}", -1, NULL));
  visit = doorstep_record_new_from_json (DOORSTEP_TYPE_VISIT, json_node_get_object (json_parser_get_root (parser)),
                                         &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_date_time_get_hour (doorstep_visit_get_starts_at (visit)), ==, 16);
  g_assert_cmpint (g_date_time_difference (doorstep_visit_get_ends_at (visit), doorstep_visit_get_starts_at (visit)),
                   ==, 2 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (doorstep_visit_get_status (visit), ==, DOORSTEP_VISIT_STATUS_SCHEDULED);
  {
    g_autofree char *window = doorstep_visit_dup_window (visit);

    /* In Portland, where the visit is. */
    g_assert_cmpstr (window, ==, "Mon 23 Nov, 08:00–10:00");
  }
  g_clear_object (&visit);

  /* A status this app does not know is refused, not guessed at. */
  g_assert_true (json_parser_load_from_data (parser,
                                             "{\"id\": \"vis_1\", \"job_id\": \"job_1\", \"job_title\": \"Tune-up\","
                                             " \"status\": \"teleported\", \"starts_at\": \"2026-11-23T16:00:00Z\","
                                             " \"ends_at\": \"2026-11-23T18:00:00Z\"}", -1, NULL));
  visit = doorstep_record_new_from_json (DOORSTEP_TYPE_VISIT, json_node_get_object (json_parser_get_root (parser)),
                                         &error);
  g_assert_null (visit);
  g_assert_error (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_INVALID_RESPONSE);
}

static void
test_contact_uris (void)
{
  g_autofree char *tel = doorstep_contact_tel_uri ("+1 503 555 0142");
  g_autofree char *sms = doorstep_contact_sms_uri ("(503) 555-0143");
  g_autofree char *mail = doorstep_contact_mailto_uri ("hello@northwind-home.example");
  g_autofree char *maps = doorstep_contact_directions_uri ("1450 SE Alder St, Portland, OR 97214");

  g_assert_cmpstr (tel, ==, "tel:+15035550142");
  g_assert_cmpstr (sms, ==, "sms:5035550143");
  g_assert_cmpstr (mail, ==, "mailto:hello@northwind-home.example");
  g_assert_cmpstr (maps, ==, "https://www.openstreetmap.org/search?query=1450%20SE%20Alder%20St%2C%20Portland%2C%20OR%2097214");
  g_assert_null (doorstep_contact_tel_uri ("call us"));
  g_assert_null (doorstep_contact_mailto_uri ("nobody"));
  g_assert_null (doorstep_contact_directions_uri (""));
}

/* A server (or someone between) that answers with hostile bytes: the call
 * fails with an error the app can show, and nothing else happens. */
typedef enum {
  HOSTILE_DEEP_JSON,
  HOSTILE_HUGE_JSON,
  HOSTILE_HUGE_CHUNKED,
  HOSTILE_BAD_UTF8,
  HOSTILE_WRONG_TYPES,
  HOSTILE_LAST,
} HostileAnswer;

static void
hostile_handler_cb (SoupServer        *soup,
                    SoupServerMessage *msg,
                    const char        *path,
                    GHashTable        *query,
                    gpointer           user_data)
{
  HostileAnswer answer = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (soup), "answer"));
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);
  SoupMessageBody *body = soup_server_message_get_response_body (msg);
  GString *text = g_string_new (NULL);

  soup_server_message_set_status (msg, 200, NULL);
  soup_message_headers_set_content_type (headers, "application/json", NULL);
  switch (answer)
    {
    case HOSTILE_DEEP_JSON:
      for (guint i = 0; i < 300000; i++)
        g_string_append_c (text, '[');
      break;
    case HOSTILE_HUGE_JSON:
    case HOSTILE_HUGE_CHUNKED:
      g_string_append (text, "{\"status\": \"");
      for (guint i = 0; i < 20 * 1024 * 1024; i++)
        g_string_append_c (text, 'x');
      g_string_append (text, "\"}");
      if (answer == HOSTILE_HUGE_CHUNKED)
        soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
      break;
    case HOSTILE_BAD_UTF8:
      g_string_append (text, "{\"status\": \"ok\xff\xfe\", \"version\": \"\xc3\"}");
      break;
    case HOSTILE_WRONG_TYPES:
      g_string_append (text, "{\"status\": [], \"version\": {\"a\": 1}, \"demo\": 7}");
      break;
    default:
      g_assert_not_reached ();
    }
  soup_message_body_append (body, SOUP_MEMORY_TAKE, text->str, text->len);
  g_string_free (text, FALSE);
  soup_message_body_complete (body);
}

static void
test_hostile_answers (void)
{
  g_autoptr(SoupServer) soup = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoslist(GUri) uris = NULL;
  g_autofree char *base_url = NULL;

  soup_server_add_handler (soup, NULL, hostile_handler_cb, NULL, NULL);
  g_assert_true (soup_server_listen_local (soup, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  uris = soup_server_get_uris (soup);
  base_url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));

  for (HostileAnswer answer = 0; answer < HOSTILE_LAST; answer++)
    {
      g_autoptr(DoorstepApiClient) client = doorstep_api_client_new ();
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(DoorstepHealth) health = NULL;

      g_object_set_data (G_OBJECT (soup), "answer", GINT_TO_POINTER (answer));
      g_assert_true (doorstep_api_client_set_base_url (client, base_url, NULL));
      doorstep_auth_api_get_health_async (client, NULL, store_result_cb, &result);
      health = doorstep_auth_api_get_health_finish (client, wait_for (&result), &error);
      g_assert_null (health);
      g_assert_error (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_INVALID_RESPONSE);
      g_clear_error (&error);
    }
}

static const TestCase tests[] = {
  { "/api-client/base-url", test_base_url },
  { "/api-client/health", test_health },
  { "/api-client/login-errors", test_login_errors },
  { "/api-client/unreachable", test_unreachable },
  { "/api-client/portal-data", test_portal_data },
  { "/api-client/create-request", test_create_request },
  { "/api-client/paged-list", test_paged_list },
  { "/api-client/paged-list-dropped", test_paged_list_dropped },
  { "/api-client/enum-nicks", test_enum_nicks },
  { "/api-client/record-required", test_record_required },
  { "/api-client/refresh-on-401", test_refresh_on_401 },
  { "/api-client/session-ended", test_session_ended },
  { "/api-client/resume-and-logout", test_resume_and_logout },
  { "/api-client/staff-preview", test_staff_preview },
  { "/api-client/contact-uris", test_contact_uris },
  { "/api-client/hostile-answers", test_hostile_answers },
  { NULL }
};

int
main (int    argc,
      char **argv)
{
  return test_run_with_server (argc, argv, &server, tests);
}
