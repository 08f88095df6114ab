/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-auth-handlers.h"
#include "ds-calendar-handlers.h"
#include "ds-checkout-handlers.h"
#include "ds-company-handlers.h"
#include "ds-customer-handlers.h"
#include "ds-dashboard-handlers.h"
#include "ds-demo-gateway-handlers.h"
#include "ds-document-list-handlers.h"
#include "ds-equipment-handlers.h"
#include "ds-file-handlers.h"
#include "ds-health-handlers.h"
#include "ds-invoice-handlers.h"
#include "ds-job-handlers.h"
#include "ds-me-handlers.h"
#include "ds-note-handlers.h"
#include "ds-payment-config-handlers.h"
#include "ds-payment-handlers.h"
#include "ds-payment-method-handlers.h"
#include "ds-plan-handlers.h"
#include "ds-project-handlers.h"
#include "ds-quote-handlers.h"
#include "ds-request-handlers.h"
#include "ds-route.h"
#include "ds-tag-handlers.h"
#include "ds-technician-handlers.h"
#include "ds-upload.h"
#include "ds-visit-handlers.h"

/* Every route the server answers, and who may call it. docs/api/
 * documents each one (its x-roles too), and tests/server/test-openapi.c
 * fails when the two disagree; tests/server/test-roles.c calls every
 * route as every role.
 *
 * Reads name the topics their answer depends on (so that it may be kept
 * until a write of the same customer and topic); writes the topics they
 * change. A customer's portal route works on the customer's own data;
 * staff read it with customer_id (a preview, never a write). */

#define ANYONE    .roles = DS_ROLES_ANYONE
#define CUSTOMER  .roles = DS_ROLES_CUSTOMER
#define STAFF     .roles = DS_ROLES_STAFF
#define ADMIN     .roles = DS_ROLE_SET_ADMIN
#define PUBLIC    .roles = DS_ROLES_PUBLIC
#define PORTAL    .scope = DS_SCOPE_CUSTOMER
#define PROFILE   .scope = DS_SCOPE_PATH_CUSTOMER
#define READ      .tx = DS_TX_READ
#define WRITE     .tx = DS_TX_WRITE
#define SLOW      .lane = DS_LANE_SLOW
#define ONCE      .idempotent = TRUE
#define JSON(in)  .body = DS_BODY_JSON, .input = &(in)

static const DsRoute routes[] = {
  /* The server, signing in and out, who is signed in, the business */
  { "GET",  "/api/v1/health", PUBLIC, READ, .handler = ds_health_handler },
  /* argon2id is slow on purpose */
  { "POST", "/api/v1/auth/login", PUBLIC, .tx = DS_TX_NONE, JSON (ds_login_input), SLOW,
    .handler = ds_auth_login_handler },
  { "POST", "/api/v1/auth/refresh", PUBLIC, WRITE, JSON (ds_refresh_input), .handler = ds_auth_refresh_handler },
  { "POST", "/api/v1/auth/logout", PUBLIC, WRITE, JSON (ds_refresh_input), .handler = ds_auth_logout_handler },
  { "GET",  "/api/v1/me", ANYONE, READ, .reads = DS_TOPIC_ACCOUNT, .handler = ds_me_handler },
  { "GET",  "/api/v1/company", ANYONE, READ, .reads = DS_TOPIC_COMPANY, .handler = ds_company_get_handler },
  { "GET",  "/api/v1/dashboard", ANYONE, PORTAL, READ,
    .reads = DS_TOPIC_COMPANY | DS_TOPIC_QUOTES | DS_TOPIC_JOBS | DS_TOPIC_INVOICES | DS_TOPIC_REQUESTS |
             DS_TOPIC_PLANS,
    .handler = ds_dashboard_get_handler },

  /* The staff's side; a search may scan many customers */
  /* The list shows what each customer owes and paid and when they were
   * last served: a payment, an invoice or a visit changes it too. */
  { "GET",  "/api/v1/customers", STAFF, READ, SLOW,
    .reads = DS_TOPIC_CUSTOMERS | DS_TOPIC_INVOICES | DS_TOPIC_PAYMENTS | DS_TOPIC_JOBS,
    .handler = ds_customers_list_handler },
  /* The business's tags */
  { "GET",  "/api/v1/tags", STAFF, READ, .reads = DS_TOPIC_TAGS, .handler = ds_tags_list_handler },
  { "POST", "/api/v1/tags", ADMIN, WRITE, JSON (ds_new_tag_input), ONCE, .changes = DS_TOPIC_TAGS,
    .handler = ds_tags_create_handler },

  /* A customer's profile, as the staff see it */
  { "GET",  "/api/v1/customers/{id}", STAFF, PROFILE, READ,
    .reads = DS_TOPIC_CUSTOMERS | DS_TOPIC_COMPANY | DS_TOPIC_PAYMENTS | DS_TOPIC_INVOICES | DS_TOPIC_QUOTES,
    .handler = ds_customers_get_handler },
  { "PATCH", "/api/v1/customers/{id}", ADMIN, PROFILE, WRITE, JSON (ds_customer_edit_input), .conditional = TRUE,
    .changes = DS_TOPIC_CUSTOMERS | DS_TOPIC_NOTES, .handler = ds_customers_update_handler },
  { "GET",  "/api/v1/customers/{id}/activity", STAFF, PROFILE, READ, .reads = DS_TOPIC_NOTES,
    .handler = ds_customers_activity_handler },
  { "PUT",  "/api/v1/customers/{id}/tags/{tag_id}", ADMIN, PROFILE, WRITE,
    .changes = DS_TOPIC_CUSTOMERS | DS_TOPIC_NOTES, .handler = ds_customer_tags_add_handler },
  { "DELETE", "/api/v1/customers/{id}/tags/{tag_id}", ADMIN, PROFILE, WRITE,
    .changes = DS_TOPIC_CUSTOMERS | DS_TOPIC_NOTES, .handler = ds_customer_tags_remove_handler },
  { "GET",  "/api/v1/customers/{id}/properties", STAFF, PROFILE, READ, .reads = DS_TOPIC_CUSTOMERS,
    .handler = ds_customers_properties_handler },
  { "GET",  "/api/v1/customers/{id}/notes", STAFF, PROFILE, READ, .reads = DS_TOPIC_NOTES,
    .handler = ds_notes_list_handler },
  { "POST", "/api/v1/customers/{id}/notes", STAFF, PROFILE, WRITE, JSON (ds_new_note_input), ONCE,
    .changes = DS_TOPIC_NOTES, .handler = ds_notes_create_handler },
  { "PATCH", "/api/v1/customers/{id}/notes/{note_id}", STAFF, PROFILE, WRITE, JSON (ds_note_change_input),
    .changes = DS_TOPIC_NOTES, .handler = ds_notes_update_handler },
  { "DELETE", "/api/v1/customers/{id}/notes/{note_id}", STAFF, PROFILE, WRITE,
    .changes = DS_TOPIC_NOTES, .handler = ds_notes_delete_handler },

  /* Requests for work */
  { "GET",  "/api/v1/requests", ANYONE, .scope = DS_SCOPE_CUSTOMER_OR_ALL, READ, .reads = DS_TOPIC_REQUESTS,
    .handler = ds_requests_list_handler },
  { "POST", "/api/v1/requests", CUSTOMER, PORTAL, WRITE, JSON (ds_new_request_input), ONCE,
    .changes = DS_TOPIC_REQUESTS | DS_TOPIC_QUOTES, .handler = ds_requests_create_handler },

  /* Quotes */
  { "GET",  "/api/v1/quotes", ANYONE, PORTAL, READ, .reads = DS_TOPIC_QUOTES, .handler = ds_quotes_list_handler },
  { "GET",  "/api/v1/quotes/counts", ANYONE, PORTAL, READ, .reads = DS_TOPIC_QUOTES,
    .handler = ds_quotes_counts_handler },
  { "GET",  "/api/v1/quotes/{id}", ANYONE, PORTAL, READ, .reads = DS_TOPIC_QUOTES | DS_TOPIC_PAYMENTS,
    .handler = ds_quotes_get_handler },
  /* a signature travels base64-encoded, so a 1 MB image needs room */
  { "POST", "/api/v1/quotes/{id}/approve", CUSTOMER, PORTAL, WRITE, JSON (ds_approval_input),
    .max_body = 2 * 1024 * 1024, ONCE, .changes = DS_TOPIC_QUOTES, .handler = ds_quotes_approve_handler },
  { "POST", "/api/v1/quotes/{id}/decline", CUSTOMER, PORTAL, WRITE, JSON (ds_decline_input), ONCE,
    .changes = DS_TOPIC_QUOTES, .handler = ds_quotes_decline_handler },
  { "GET",  "/api/v1/quotes/{id}/pdf", ANYONE, PORTAL, READ, SLOW, .handler = ds_quotes_pdf_handler },

  /* Invoices */
  { "GET",  "/api/v1/invoices", ANYONE, PORTAL, READ, .reads = DS_TOPIC_INVOICES,
    .handler = ds_invoices_list_handler },
  { "GET",  "/api/v1/invoices/counts", ANYONE, PORTAL, READ, .reads = DS_TOPIC_INVOICES,
    .handler = ds_invoices_counts_handler },
  { "GET",  "/api/v1/invoices/{id}", ANYONE, PORTAL, READ, .reads = DS_TOPIC_INVOICES | DS_TOPIC_PAYMENTS,
    .handler = ds_invoices_get_handler },
  { "GET",  "/api/v1/invoices/{id}/pdf", ANYONE, PORTAL, READ, SLOW, .handler = ds_invoices_pdf_handler },

  /* Payments: the history, and paying */
  { "GET",  "/api/v1/payments", ANYONE, PORTAL, READ, .reads = DS_TOPIC_PAYMENTS,
    .handler = ds_payments_list_handler },
  { "POST", "/api/v1/payments", CUSTOMER, PORTAL, WRITE, JSON (ds_checkout_input), ONCE,
    .changes = DS_TOPIC_PAYMENTS | DS_TOPIC_INVOICES | DS_TOPIC_QUOTES | DS_TOPIC_PAYMENT_METHODS,
    .handler = ds_payments_create_handler },
  { "GET",  "/api/v1/payments/config", ANYONE, READ, .reads = DS_TOPIC_COMPANY,
    .handler = ds_payments_config_handler },
  { "GET",  "/api/v1/payments/payable", ANYONE, PORTAL, READ, .reads = DS_TOPIC_INVOICES | DS_TOPIC_QUOTES,
    .handler = ds_payments_payable_handler },
  { "GET",  "/api/v1/payments/{id}", ANYONE, PORTAL, READ, .reads = DS_TOPIC_PAYMENTS,
    .handler = ds_payments_get_handler },
  { "GET",  "/api/v1/payments/{id}/receipt", ANYONE, PORTAL, READ, SLOW, .handler = ds_payments_receipt_handler },

  /* Saved cards, and the demo gateway's own tokenization, which stands
   * in for a card processor's */
  { "GET",  "/api/v1/payment-methods", ANYONE, PORTAL, READ, .reads = DS_TOPIC_PAYMENT_METHODS,
    .handler = ds_payment_methods_list_handler },
  { "POST", "/api/v1/payment-methods", CUSTOMER, PORTAL, WRITE, JSON (ds_new_payment_method_input),
    .changes = DS_TOPIC_PAYMENT_METHODS, .handler = ds_payment_methods_add_handler },
  { "POST", "/api/v1/payment-methods/{id}/default", CUSTOMER, PORTAL, WRITE,
    .changes = DS_TOPIC_PAYMENT_METHODS, .handler = ds_payment_methods_default_handler },
  { "DELETE", "/api/v1/payment-methods/{id}", CUSTOMER, PORTAL, WRITE,
    .changes = DS_TOPIC_PAYMENT_METHODS, .handler = ds_payment_methods_remove_handler },
  { "POST", "/api/v1/gateway/demo/tokens", CUSTOMER, PORTAL, WRITE, JSON (ds_demo_card_input),
    .handler = ds_demo_gateway_tokens_handler },

  /* Jobs, their visits, projects */
  { "GET",  "/api/v1/jobs", ANYONE, PORTAL, READ, .reads = DS_TOPIC_JOBS | DS_TOPIC_COMPANY,
    .handler = ds_jobs_list_handler },
  { "GET",  "/api/v1/jobs/counts", ANYONE, PORTAL, READ, .reads = DS_TOPIC_JOBS, .handler = ds_jobs_counts_handler },
  { "GET",  "/api/v1/jobs/{id}", ANYONE, PORTAL, READ, .reads = DS_TOPIC_JOBS | DS_TOPIC_COMPANY,
    .handler = ds_jobs_get_handler },
  { "GET",  "/api/v1/visits/{id}/ics", ANYONE, PORTAL, READ, SLOW, .handler = ds_visits_ics_handler },
  { "POST", "/api/v1/visits/{id}/reschedule", CUSTOMER, PORTAL, WRITE, JSON (ds_reschedule_input), ONCE,
    .changes = DS_TOPIC_JOBS, .handler = ds_visits_reschedule_handler },
  { "POST", "/api/v1/visits/{id}/cancel", CUSTOMER, PORTAL, WRITE, JSON (ds_cancel_input), ONCE,
    .changes = DS_TOPIC_JOBS, .handler = ds_visits_cancel_handler },
  { "GET",  "/api/v1/projects", ANYONE, PORTAL, READ, .reads = DS_TOPIC_JOBS, .handler = ds_projects_list_handler },
  { "GET",  "/api/v1/projects/{id}", ANYONE, PORTAL, READ, .reads = DS_TOPIC_JOBS | DS_TOPIC_COMPANY,
    .handler = ds_projects_get_handler },
  { "GET",  "/api/v1/technicians/{id}/photo", ANYONE, READ, .handler = ds_technician_photo_handler },

  /* Calendars: the private feed's address, and the feed, which calendar
   * apps read without signing in: the URL's token is the key */
  { "GET",  "/api/v1/calendar-feed", ANYONE, PORTAL, READ, .reads = DS_TOPIC_JOBS,
    .handler = ds_calendar_feed_get_handler },
  { "POST", "/api/v1/calendar-feed", CUSTOMER, PORTAL, WRITE, .changes = DS_TOPIC_JOBS,
    .handler = ds_calendar_feed_reset_handler },
  { "GET",  "/api/v1/calendar/{token}", PUBLIC, READ, SLOW, .handler = ds_calendar_handler },

  /* Plans and equipment */
  { "GET",  "/api/v1/plans", ANYONE, PORTAL, READ, .reads = DS_TOPIC_PLANS, .handler = ds_plans_list_handler },
  { "GET",  "/api/v1/plans/{id}", ANYONE, PORTAL, READ, .reads = DS_TOPIC_PLANS | DS_TOPIC_JOBS,
    .handler = ds_plans_get_handler },
  { "GET",  "/api/v1/plans/{id}/contract", ANYONE, PORTAL, READ, SLOW, .handler = ds_plans_contract_handler },
  { "GET",  "/api/v1/equipment", ANYONE, PORTAL, READ, .reads = DS_TOPIC_PLANS,
    .handler = ds_equipment_list_handler },
  { "GET",  "/api/v1/equipment/{id}", ANYONE, PORTAL, READ, .reads = DS_TOPIC_PLANS | DS_TOPIC_JOBS,
    .handler = ds_equipment_get_handler },

  /* The list of everything shared with a customer */
  { "GET",  "/api/v1/documents", ANYONE, PORTAL, READ,
    .reads = DS_TOPIC_FILES | DS_TOPIC_QUOTES | DS_TOPIC_INVOICES | DS_TOPIC_PAYMENTS | DS_TOPIC_PLANS |
             DS_TOPIC_JOBS,
    .handler = ds_documents_list_handler },
  { "GET",  "/api/v1/documents/counts", ANYONE, PORTAL, READ,
    .reads = DS_TOPIC_FILES | DS_TOPIC_QUOTES | DS_TOPIC_INVOICES | DS_TOPIC_PAYMENTS | DS_TOPIC_PLANS,
    .handler = ds_documents_counts_handler },

  /* Files shared: the body of an upload is the file itself, of up to 5 MB,
   * checked and thumbnailed before its one write */
  { "POST", "/api/v1/files", CUSTOMER, PORTAL, .tx = DS_TX_NONE, .body = DS_BODY_BYTES,
    .max_body = DS_UPLOAD_MAX_BYTES, ONCE, SLOW, .changes = DS_TOPIC_FILES, .handler = ds_files_upload_handler },
  { "GET",  "/api/v1/files/{id}", ANYONE, PORTAL, READ, .reads = DS_TOPIC_FILES, .handler = ds_files_get_handler },
  { "DELETE", "/api/v1/files/{id}", CUSTOMER, PORTAL, .tx = DS_TX_NONE, .changes = DS_TOPIC_FILES,
    .handler = ds_files_delete_handler },
  { "GET",  "/api/v1/files/{id}/content", ANYONE, PORTAL, READ, .handler = ds_files_content_handler },
  { "GET",  "/api/v1/files/{id}/thumbnail", ANYONE, PORTAL, READ, .handler = ds_files_thumbnail_handler },
};

const DsRoute *
ds_routes_get (guint *n_routes)
{
  *n_routes = G_N_ELEMENTS (routes);
  return routes;
}
