/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-auth-handlers.h"
#include "ds-company-handlers.h"
#include "ds-customer-handlers.h"
#include "ds-document-handlers.h"
#include "ds-file-handlers.h"
#include "ds-health-handlers.h"
#include "ds-invoice-handlers.h"
#include "ds-job-handlers.h"
#include "ds-payment-handlers.h"
#include "ds-payment-method-handlers.h"
#include "ds-plan-handlers.h"
#include "ds-quote-handlers.h"
#include "ds-request-handlers.h"
#include "ds-router.h"
#include "ds-upload.h"

/* Every route the server answers. docs/api/ documents each one, and
 * tests/test-openapi.c fails when the two disagree. */
static const DsRoute routes[] = {
  { "GET",  "/api/v1/health",       DS_ACCESS_PUBLIC,    ds_health_handler },
  { "POST", "/api/v1/auth/login",   DS_ACCESS_PUBLIC,    ds_auth_login_handler },
  { "POST", "/api/v1/auth/refresh", DS_ACCESS_PUBLIC,    ds_auth_refresh_handler },
  { "POST", "/api/v1/auth/logout",  DS_ACCESS_PUBLIC,    ds_auth_logout_handler },
  { "GET",  "/api/v1/me",           DS_ACCESS_SIGNED_IN, ds_me_handler },
  { "GET",  "/api/v1/company",      DS_ACCESS_SIGNED_IN, ds_company_get_handler },
  { "GET",  "/api/v1/dashboard",    DS_ACCESS_SIGNED_IN, ds_dashboard_get_handler },
  { "GET",  "/api/v1/customers",    DS_ACCESS_STAFF,     ds_customers_list_handler },
  { "GET",  "/api/v1/requests",     DS_ACCESS_SIGNED_IN, ds_requests_list_handler },
  { "POST", "/api/v1/requests",     DS_ACCESS_SIGNED_IN, ds_requests_create_handler },
  { "GET",  "/api/v1/quotes",       DS_ACCESS_SIGNED_IN, ds_quotes_list_handler },
  /* before {id}, which would match it too */
  { "GET",  "/api/v1/quotes/counts", DS_ACCESS_SIGNED_IN, ds_quotes_counts_handler },
  { "GET",  "/api/v1/quotes/{id}",  DS_ACCESS_SIGNED_IN, ds_quotes_get_handler },
  /* a signature travels base64-encoded, so a 1 MB image needs room */
  { "POST", "/api/v1/quotes/{id}/approve", DS_ACCESS_SIGNED_IN, ds_quotes_approve_handler, 2 * 1024 * 1024 },
  { "POST", "/api/v1/quotes/{id}/decline", DS_ACCESS_SIGNED_IN, ds_quotes_decline_handler },
  { "GET",  "/api/v1/quotes/{id}/pdf", DS_ACCESS_SIGNED_IN, ds_quotes_pdf_handler },
  { "GET",  "/api/v1/invoices",     DS_ACCESS_SIGNED_IN, ds_invoices_list_handler },
  { "GET",  "/api/v1/invoices/counts", DS_ACCESS_SIGNED_IN, ds_invoices_counts_handler },
  { "GET",  "/api/v1/invoices/{id}", DS_ACCESS_SIGNED_IN, ds_invoices_get_handler },
  { "GET",  "/api/v1/invoices/{id}/pdf", DS_ACCESS_SIGNED_IN, ds_invoices_pdf_handler },
  { "GET",  "/api/v1/payments",     DS_ACCESS_SIGNED_IN, ds_payments_list_handler },
  { "POST", "/api/v1/payments",     DS_ACCESS_SIGNED_IN, ds_payments_create_handler },
  /* before {id}, which would match it too */
  { "GET",  "/api/v1/payments/config", DS_ACCESS_SIGNED_IN, ds_payments_config_handler },
  { "GET",  "/api/v1/payments/payable", DS_ACCESS_SIGNED_IN, ds_payments_payable_handler },
  { "GET",  "/api/v1/payments/{id}", DS_ACCESS_SIGNED_IN, ds_payments_get_handler },
  { "GET",  "/api/v1/payments/{id}/receipt", DS_ACCESS_SIGNED_IN, ds_payments_receipt_handler },
  { "GET",  "/api/v1/payment-methods", DS_ACCESS_SIGNED_IN, ds_payment_methods_list_handler },
  { "POST", "/api/v1/payment-methods", DS_ACCESS_SIGNED_IN, ds_payment_methods_add_handler },
  { "POST", "/api/v1/payment-methods/{id}/default", DS_ACCESS_SIGNED_IN, ds_payment_methods_default_handler },
  { "DELETE", "/api/v1/payment-methods/{id}", DS_ACCESS_SIGNED_IN, ds_payment_methods_remove_handler },
  /* the demo gateway's own tokenization, standing in for a processor's */
  { "POST", "/api/v1/gateway/demo/tokens", DS_ACCESS_SIGNED_IN, ds_demo_gateway_tokens_handler },
  { "GET",  "/api/v1/jobs",         DS_ACCESS_SIGNED_IN, ds_jobs_list_handler },
  { "GET",  "/api/v1/jobs/counts",  DS_ACCESS_SIGNED_IN, ds_jobs_counts_handler },
  { "GET",  "/api/v1/jobs/{id}",    DS_ACCESS_SIGNED_IN, ds_jobs_get_handler },
  { "GET",  "/api/v1/visits/{id}/ics", DS_ACCESS_SIGNED_IN, ds_visits_ics_handler },
  { "POST", "/api/v1/visits/{id}/reschedule", DS_ACCESS_SIGNED_IN, ds_visits_reschedule_handler },
  { "POST", "/api/v1/visits/{id}/cancel", DS_ACCESS_SIGNED_IN, ds_visits_cancel_handler },
  { "GET",  "/api/v1/projects",     DS_ACCESS_SIGNED_IN, ds_projects_list_handler },
  { "GET",  "/api/v1/projects/{id}", DS_ACCESS_SIGNED_IN, ds_projects_get_handler },
  { "GET",  "/api/v1/calendar-feed", DS_ACCESS_SIGNED_IN, ds_calendar_feed_get_handler },
  { "POST", "/api/v1/calendar-feed", DS_ACCESS_SIGNED_IN, ds_calendar_feed_reset_handler },
  /* calendar apps cannot sign in: the URL's token is the key */
  { "GET",  "/api/v1/calendar/{token}", DS_ACCESS_PUBLIC, ds_calendar_handler },
  { "GET",  "/api/v1/technicians/{id}/photo", DS_ACCESS_SIGNED_IN, ds_technician_photo_handler },
  { "GET",  "/api/v1/plans",        DS_ACCESS_SIGNED_IN, ds_plans_list_handler },
  { "GET",  "/api/v1/plans/{id}",   DS_ACCESS_SIGNED_IN, ds_plans_get_handler },
  { "GET",  "/api/v1/plans/{id}/contract", DS_ACCESS_SIGNED_IN, ds_plans_contract_handler },
  { "GET",  "/api/v1/equipment",    DS_ACCESS_SIGNED_IN, ds_equipment_list_handler },
  { "GET",  "/api/v1/documents",    DS_ACCESS_SIGNED_IN, ds_documents_list_handler },
  { "GET",  "/api/v1/documents/counts", DS_ACCESS_SIGNED_IN, ds_documents_counts_handler },
  { "GET",  "/api/v1/equipment/{id}", DS_ACCESS_SIGNED_IN, ds_equipment_get_handler },
  /* the body is the file itself, of up to 5 MB */
  { "POST", "/api/v1/files",        DS_ACCESS_SIGNED_IN, ds_files_upload_handler, DS_UPLOAD_MAX_BYTES },
  { "GET",  "/api/v1/files/{id}",   DS_ACCESS_SIGNED_IN, ds_files_get_handler },
  { "DELETE", "/api/v1/files/{id}", DS_ACCESS_SIGNED_IN, ds_files_delete_handler },
  { "GET",  "/api/v1/files/{id}/content", DS_ACCESS_SIGNED_IN, ds_files_content_handler },
  { "GET",  "/api/v1/files/{id}/thumbnail", DS_ACCESS_SIGNED_IN, ds_files_thumbnail_handler },
};

const DsRoute *
ds_routes_get (guint *n_routes)
{
  *n_routes = G_N_ELEMENTS (routes);
  return routes;
}
