/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-company-store.h"
#include "ds-paging.h"
#include "ds-reading.h"
#include "ds-payment-handlers.h"
#include "ds-payment-store.h"
#include "ds-receipt-pdf.h"

/* The payment history: every payment, newest first, with what it paid;
 * one payment; its receipt as a PDF. Customers read their own; staff a
 * customer's with customer_id. */

static void
write_link (DsJsonWriter *builder,
            const char   *member,
            const char   *id,
            const char   *number,
            const char   *title)
{
  ds_json_writer_set_member_name (builder, member);
  if (id == NULL)
    {
      ds_json_writer_add_null_value (builder);
      return;
    }
  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", id);
  ds_json_add_string (builder, "number", number);
  ds_json_add_string (builder, "title", title);
  ds_json_writer_end_object (builder);
}

static void
write_payment (DsJsonWriter  *builder,
               gconstpointer  item,
               gpointer       user_data)
{
  const DsPayment *payment = item;

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", payment->id);
  ds_json_add_string (builder, "receipt_number", payment->receipt_number);
  ds_json_add_money (builder, "amount", payment->amount_minor, payment->currency);
  ds_json_add_string (builder, "paid_at", payment->paid_at);
  ds_json_writer_set_member_name (builder, "card");
  if (payment->card_last4 != NULL)
    {
      ds_json_writer_begin_object (builder);
      ds_json_add_string (builder, "brand", payment->card_brand);
      ds_json_add_string (builder, "last4", payment->card_last4);
      ds_json_writer_end_object (builder);
    }
  else
    ds_json_writer_add_null_value (builder);
  write_link (builder, "invoice", payment->invoice_id, payment->invoice_number,
              payment->invoice_id != NULL ? payment->title : NULL);
  write_link (builder, "quote", payment->quote_id, payment->quote_number,
              payment->quote_id != NULL ? payment->title : NULL);
  ds_json_writer_end_object (builder);
}

void
ds_payments_list_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };
  g_autofree char *customer_id = NULL;

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_READ, &customer_id) ||
      !ds_context_get_page_request (ctx, &request))
    return;

  page = ds_payment_store_list (ds_context_get_db (ctx), customer_id, &request, &error);
  if (page == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  ds_context_respond_page (ctx, page, write_payment, NULL);
}

/* The payment named in the path, for its customer; answers 404 (or the
 * error) itself and returns %NULL when it cannot. */
static DsPayment *
load_for_reading (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *customer_id = NULL;
  DsPayment *payment;

  if (!ds_context_resolve_customer (ctx, DS_SCOPE_READ, &customer_id))
    return NULL;
  if (!ds_payment_store_get (ds_context_get_db (ctx), ds_context_get_param (ctx, "id"), customer_id, &payment,
                             &error))
    {
      ds_context_respond_error (ctx, error);
      return NULL;
    }
  if (payment == NULL)
    ds_context_respond_not_found (ctx, "There is no such payment.");
  return payment;
}

void
ds_payments_get_handler (DsContext *ctx)
{
  g_autoptr(DsPayment) payment = NULL;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();

  if ((payment = load_for_reading (ctx)) == NULL)
    return;
  write_payment (builder, payment, NULL);
  ds_context_respond_json (ctx, 200, builder);
}

void
ds_payments_receipt_handler (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsPayment) payment = NULL;
  g_autoptr(DsCompany) company = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *file_name = NULL;

  if ((payment = load_for_reading (ctx)) == NULL)
    return;
  if (!ds_company_store_get (ds_context_get_db (ctx), &company, &error) ||
      (pdf = ds_receipt_pdf_render (payment, company, &error)) == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }

  /* Numbers are "R-" and digits, so the file name needs no quoting. */
  file_name = g_strdup_printf ("Receipt %s.pdf", payment->receipt_number);
  ds_respond_pdf (ctx, pdf, file_name);
}
