/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-invoice-item.h"
#include "doorstep-invoice-page.h"
#include "doorstep-invoice-row.h"
#include "doorstep-invoices-api.h"
#include "doorstep-payment.h"
#include "doorstep-rows.h"
#include "doorstep-time.h"

/* One invoice: what is left to pay, the items, the totals (the server's),
 * every payment applied with its card and receipt number, the notes, the
 * job and quote it belongs to (each opening in its page), and its PDF to
 * preview and download. */

struct _DoorstepInvoicePage {
  DoorstepDetailPage   parent_instance;

  /* template widgets */
  GtkLabel            *title_label;
  GtkLabel            *facts_label;
  GtkLabel            *balance_caption;
  GtkLabel            *balance_label;
  GtkWidget           *pay_button;
  GtkListBox          *items_list;
  GtkLabel            *subtotal_label;
  GtkWidget           *discount_row;
  GtkLabel            *discount_label;
  GtkWidget           *tax_row;
  GtkLabel            *tax_label;
  GtkLabel            *total_label;
  GtkWidget           *paid_row;
  GtkLabel            *paid_label;
  GtkLabel            *balance_due_label;
  AdwPreferencesGroup *payments_group;
  GtkListBox          *payments_list;
  GtkWidget           *notes_group;
  GtkLabel            *notes_label;
  GtkWidget           *links_group;
  AdwActionRow        *job_row;
  AdwActionRow        *quote_row;
};

G_DEFINE_FINAL_TYPE (DoorstepInvoicePage, doorstep_invoice_page, DOORSTEP_TYPE_DETAIL_PAGE)

static DoorstepInvoice *
get_invoice (DoorstepInvoicePage *self)
{
  return doorstep_detail_page_get_record (DOORSTEP_DETAIL_PAGE (self));
}

static char *
money (DoorstepInvoicePage *self,
       gint64               amount_minor)
{
  return doorstep_money_format (amount_minor, doorstep_invoice_get_currency (get_invoice (self)));
}

static void
set_money (DoorstepInvoicePage *self,
           GtkLabel            *label,
           gint64               amount_minor)
{
  g_autofree char *text = money (self, amount_minor);

  gtk_label_set_text (label, text);
}

/* A line with its amount at the end, as the items and payments show. */
static GtkWidget *
new_amount_row (const char *title,
                const char *subtitle,
                const char *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (label, "numeric");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

static GtkWidget *
new_item_row (gpointer item,
              gpointer user_data)
{
  DoorstepInvoicePage *self = user_data;
  DoorstepInvoiceItem *line = item;
  g_autofree char *quantity = doorstep_quantity_format (doorstep_invoice_item_get_quantity_milli (line));
  g_autofree char *price = money (self, doorstep_invoice_item_get_unit_price_minor (line));
  /* Translators: an invoice line's quantity and unit price, "1.5 × $95.00" */
  g_autofree char *each = g_strdup_printf (_("%s × %s"), quantity, price);
  g_autofree char *amount = money (self, doorstep_invoice_item_get_amount_minor (line));

  return new_amount_row (doorstep_invoice_item_get_description (line), each, amount);
}

static GtkWidget *
new_payment_row (gpointer item,
                 gpointer user_data)
{
  DoorstepInvoicePage *self = user_data;
  DoorstepPayment *payment = item;
  g_autofree char *day = doorstep_date_time_format_day (doorstep_payment_get_paid_at (payment));
  g_autofree char *method = doorstep_payment_dup_method (payment);
  /* Translators: a payment's card and receipt, "Visa ending in 4242 · Receipt R-5007" */
  g_autofree char *subtitle = g_strdup_printf (_("%s · Receipt %s"), method,
                                               doorstep_payment_get_receipt_number (payment));
  g_autofree char *amount = money (self, doorstep_payment_get_amount_minor (payment));

  return new_amount_row (day, subtitle, amount);
}

static void
show_totals (DoorstepInvoicePage *self)
{
  DoorstepInvoice *invoice = get_invoice (self);
  guint rate = doorstep_invoice_get_tax_rate_bp (invoice);

  set_money (self, self->subtotal_label, doorstep_invoice_get_subtotal (invoice));
  set_money (self, self->discount_label, -doorstep_invoice_get_discount (invoice));
  gtk_widget_set_visible (self->discount_row, doorstep_invoice_get_discount (invoice) > 0);
  if (rate > 0)
    {
      g_autofree char *percent = doorstep_tax_rate_format (rate);
      /* Translators: the tax line and its rate, "Tax (8.5%)" */
      g_autofree char *title = g_strdup_printf (_("Tax (%s)"), percent);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->tax_row), title);
    }
  set_money (self, self->tax_label, doorstep_invoice_get_tax (invoice));
  gtk_widget_set_visible (self->tax_row, rate > 0);
  set_money (self, self->total_label, doorstep_invoice_get_total (invoice));
  set_money (self, self->paid_label, -doorstep_invoice_get_paid (invoice));
  gtk_widget_set_visible (self->paid_row, doorstep_invoice_get_paid (invoice) > 0);
  set_money (self, self->balance_due_label, doorstep_invoice_get_balance (invoice));
}

static void
show_links (DoorstepInvoicePage *self)
{
  DoorstepInvoice *invoice = get_invoice (self);

  if (doorstep_invoice_get_job_title (invoice) != NULL)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->job_row), doorstep_invoice_get_job_title (invoice));
  gtk_widget_set_visible (GTK_WIDGET (self->job_row), doorstep_invoice_get_job_id (invoice) != NULL);
  if (doorstep_invoice_get_quote_number (invoice) != NULL)
    {
      /* Translators: the quote an invoice bills, "Quote Q-1004" */
      g_autofree char *quote = g_strdup_printf (_("Quote %s"), doorstep_invoice_get_quote_number (invoice));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->quote_row), quote);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->quote_row), doorstep_invoice_get_quote_id (invoice) != NULL);
  gtk_widget_set_visible (self->links_group, doorstep_invoice_get_job_id (invoice) != NULL ||
                                             doorstep_invoice_get_quote_id (invoice) != NULL);
}

static void
doorstep_invoice_page_show_record (DoorstepDetailPage *page,
                                   gpointer            record)
{
  DoorstepInvoicePage *self = DOORSTEP_INVOICE_PAGE (page);
  DoorstepInvoice *invoice = record;
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(DoorstepDocument) pdf = NULL;
  g_autofree char *facts_text = NULL;
  g_autofree char *title = g_strdup_printf (_("Invoice %s"), doorstep_invoice_get_number (invoice));
  /* Translators: the file name an invoice's PDF is saved under; %s is its number */
  g_autofree char *file_name = g_strdup_printf (_("Invoice %s.pdf"), doorstep_invoice_get_number (invoice));
  GListModel *payments = doorstep_invoice_get_payments (invoice);
  gboolean open = doorstep_invoice_get_status (invoice) == DOORSTEP_INVOICE_STATUS_OPEN;

  pdf = doorstep_document_new (doorstep_detail_page_get_scope (page), &doorstep_invoices_api_pdf,
                               doorstep_invoice_get_id (invoice), title, doorstep_invoice_get_title (invoice),
                               file_name);
  doorstep_detail_page_set_document (page, pdf);
  doorstep_detail_page_set_heading (page, title);

  gtk_label_set_text (self->title_label, doorstep_invoice_get_title (invoice));
  g_ptr_array_add (facts, doorstep_invoice_dup_status_label (invoice));
  if (doorstep_invoice_get_issued_on (invoice) != NULL)
    {
      g_autofree char *day = doorstep_date_format (doorstep_invoice_get_issued_on (invoice));
      g_ptr_array_add (facts, g_strdup_printf (_("Issued %s"), day));
    }
  if (open && doorstep_invoice_get_due_date (invoice) != NULL)
    {
      g_autofree char *day = doorstep_date_format (doorstep_invoice_get_due_date (invoice));
      g_ptr_array_add (facts, g_strdup_printf (_("Due %s"), day));
    }
  if (doorstep_invoice_get_property_label (invoice) != NULL)
    g_ptr_array_add (facts, doorstep_invoice_get_property_address (invoice) != NULL
                            ? g_strdup_printf ("%s, %s", doorstep_invoice_get_property_label (invoice),
                                               doorstep_invoice_get_property_address (invoice))
                            : g_strdup (doorstep_invoice_get_property_label (invoice)));
  g_ptr_array_add (facts, NULL);
  facts_text = g_strjoinv (" · ", (char **) facts->pdata);
  gtk_label_set_text (self->facts_label, facts_text);

  set_money (self, self->balance_label,
             open ? doorstep_invoice_get_balance (invoice) : doorstep_invoice_get_total (invoice));
  gtk_label_set_text (self->balance_caption, open ? _("Balance due") : _("Total"));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->pay_button), "s", doorstep_invoice_get_id (invoice));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->pay_button), "portal.pay");
  gtk_widget_set_visible (self->pay_button,
                          open && doorstep_invoice_get_balance (invoice) > 0 &&
                          !doorstep_scope_get_read_only (doorstep_detail_page_get_scope (page)));

  doorstep_rows_bind (self->items_list, doorstep_invoice_get_items (invoice), new_item_row, self);
  show_totals (self);
  doorstep_rows_bind (self->payments_list, payments, new_payment_row, self);
  adw_preferences_group_set_description (self->payments_group,
                                         payments == NULL || g_list_model_get_n_items (payments) == 0
                                         ? _("No payments yet.") : NULL);
  gtk_label_set_text (self->notes_label, doorstep_invoice_get_notes (invoice) != NULL
                                         ? doorstep_invoice_get_notes (invoice) : "");
  gtk_widget_set_visible (self->notes_group, doorstep_invoice_get_notes (invoice) != NULL);
  show_links (self);
}

static void
doorstep_invoice_page_clear (DoorstepDetailPage *page)
{
  DoorstepInvoicePage *self = DOORSTEP_INVOICE_PAGE (page);

  doorstep_rows_bind (self->items_list, NULL, NULL, NULL);
  doorstep_rows_bind (self->payments_list, NULL, NULL, NULL);
}

static gpointer
doorstep_invoice_page_load_finish (DoorstepScope  *scope,
                                   GAsyncResult   *result,
                                   GError        **error)
{
  return doorstep_invoices_api_get_finish (scope, result, error);
}

static void
open_link_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DoorstepInvoice *invoice = get_invoice (DOORSTEP_INVOICE_PAGE (widget));

  if (invoice == NULL)
    return;
  if (g_str_equal (action_name, "invoice.open-job") && doorstep_invoice_get_job_id (invoice) != NULL)
    gtk_widget_activate_action (widget, "portal.open-job", "s", doorstep_invoice_get_job_id (invoice));
  else if (g_str_equal (action_name, "invoice.open-quote") && doorstep_invoice_get_quote_id (invoice) != NULL)
    gtk_widget_activate_action (widget, "portal.open-quote", "s", doorstep_invoice_get_quote_id (invoice));
}

static void
doorstep_invoice_page_class_init (DoorstepInvoicePageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DoorstepDetailPageClass *detail_class = DOORSTEP_DETAIL_PAGE_CLASS (klass);

  detail_class->load_async = doorstep_invoices_api_get_async;
  detail_class->load_finish = doorstep_invoice_page_load_finish;
  detail_class->show_record = doorstep_invoice_page_show_record;
  detail_class->clear = doorstep_invoice_page_clear;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/invoices/doorstep-invoice-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, facts_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, balance_caption);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, balance_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, pay_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, items_list);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, subtotal_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, discount_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, discount_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, tax_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, tax_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, total_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, paid_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, paid_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, balance_due_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, payments_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, payments_list);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, notes_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, notes_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, links_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, job_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, quote_row);
  gtk_widget_class_install_action (widget_class, "invoice.open-job", NULL, open_link_action);
  gtk_widget_class_install_action (widget_class, "invoice.open-quote", NULL, open_link_action);
}

static void
doorstep_invoice_page_init (DoorstepInvoicePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Shows the invoice @invoice_id of the page's scope, loading it. */
void
doorstep_invoice_page_show (DoorstepInvoicePage *self,
                            const char          *invoice_id)
{
  g_return_if_fail (DOORSTEP_IS_INVOICE_PAGE (self));
  doorstep_detail_page_show (DOORSTEP_DETAIL_PAGE (self), invoice_id);
}

/**
 * doorstep_invoice_page_get_invoice:
 *
 * Returns: (transfer none) (nullable): the invoice shown, once loaded
 */
DoorstepInvoice *
doorstep_invoice_page_get_invoice (DoorstepInvoicePage *self)
{
  g_return_val_if_fail (DOORSTEP_IS_INVOICE_PAGE (self), NULL);
  return get_invoice (self);
}
