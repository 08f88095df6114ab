/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-company-store.h"
#include "ds-paging.h"
#include "ds-payment-handlers.h"
#include "ds-payment-store.h"
#include "ds-receipt-pdf.h"

/* The payment history: every payment, newest first, with what it paid;
 * one payment; its receipt as a PDF. Customers read their own; staff a
 * customer's with customer_id. Paying is ds-checkout-handlers.c. */

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

void
ds_payments_write (DsJsonWriter  *builder,
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

DsReply *
ds_payments_list_handler (DsCall   *call,
                          gpointer  input,
                          GError  **error)
{
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };

  if (!ds_call_read_sorted_page (call, &ds_payment_list_sorts, &request, error) ||
      (page = ds_payment_store_list (ds_call_get_db (call), ds_call_get_customer_id (call), &request,
                                     error)) == NULL)
    return NULL;
  return ds_reply_page (page, ds_payments_write, NULL);
}

/* The payment the path names, of the call's customer. */
static DsPayment *
load_payment (DsCall  *call,
              GError **error)
{
  return ds_payment_store_require (ds_call_get_db (call), ds_call_get_param (call, "id"),
                                   ds_call_get_customer_id (call), error);
}

DsReply *
ds_payments_get_handler (DsCall   *call,
                         gpointer  input,
                         GError  **error)
{
  g_autoptr(DsPayment) payment = NULL;
  g_autoptr(DsJsonWriter) builder = NULL;

  if ((payment = load_payment (call, error)) == NULL)
    return NULL;
  builder = ds_json_writer_new ();
  ds_payments_write (builder, payment, NULL);
  return ds_reply_json (200, builder);
}

DsReply *
ds_payments_receipt_handler (DsCall   *call,
                             gpointer  input,
                             GError  **error)
{
  g_autoptr(DsPayment) payment = NULL;
  g_autoptr(DsCompany) company = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *file_name = NULL;

  if ((payment = load_payment (call, error)) == NULL ||
      (company = ds_company_store_require (ds_call_get_db (call), error)) == NULL ||
      (pdf = ds_receipt_pdf_render (payment, company, error)) == NULL)
    return NULL;

  /* Numbers are "R-" and digits, so the file name needs no quoting. */
  file_name = g_strdup_printf ("Receipt %s.pdf", payment->receipt_number);
  return ds_reply_pdf (pdf, file_name);
}
