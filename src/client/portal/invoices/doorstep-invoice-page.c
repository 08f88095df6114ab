/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-download.h"
#include "doorstep-invoice-item.h"
#include "doorstep-invoice-page.h"
#include "doorstep-invoice-row.h"
#include "doorstep-invoices-api.h"
#include "doorstep-payment.h"
#include "doorstep-pdf-window.h"
#include "doorstep-section.h"
#include "doorstep-time.h"

/* One invoice: what is left to pay, the items, the totals (the server's),
 * every payment applied with its card and receipt number, the notes, the
 * job and quote it belongs to (each opening in its page), and its PDF to
 * preview and download. */

struct _DoorstepInvoicePage {
  AdwBin               parent_instance;

  /* template widgets */
  GtkLabel            *heading;
  GtkWidget           *pdf_buttons;
  GtkStack            *stack;
  AdwStatusPage       *error_page;
  GtkLabel            *title_label;
  GtkLabel            *facts_label;
  GtkLabel            *balance_caption;
  GtkLabel            *balance_label;
  GtkWidget           *pay_button;
  AdwPreferencesGroup *items_group;
  AdwPreferencesGroup *totals_group;
  AdwPreferencesGroup *payments_group;
  GtkWidget           *notes_group;
  GtkLabel            *notes_label;
  GtkWidget           *links_group;
  AdwActionRow        *job_row;
  AdwActionRow        *quote_row;

  GPtrArray           *rows;          /* made per invoice, in their groups */
  DoorstepScope       *scope;
  DoorstepInvoice     *invoice;
  DoorstepDocument    *pdf;
  char                *invoice_id;
  GCancellable        *load_cancellable;
};

static void section_iface_init (DoorstepSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DoorstepInvoicePage, doorstep_invoice_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (DOORSTEP_TYPE_SECTION, section_iface_init))

static char *
money (DoorstepInvoicePage *self,
       gint64               amount_minor)
{
  return doorstep_money_format (amount_minor, doorstep_invoice_get_currency (self->invoice));
}

static void
add_row (DoorstepInvoicePage *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle,
         const char          *value,
         gboolean             strong)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (label, "numeric");
  if (strong)
    gtk_widget_add_css_class (label, "heading");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_preferences_group_add (group, row);
  g_object_set_data (G_OBJECT (row), "doorstep-group", group);
  g_ptr_array_add (self->rows, row);
}

static void
clear_rows (DoorstepInvoicePage *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      adw_preferences_group_remove (g_object_get_data (G_OBJECT (row), "doorstep-group"), row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

static void
show_items (DoorstepInvoicePage *self)
{
  GListModel *items = doorstep_invoice_get_items (self->invoice);

  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(DoorstepInvoiceItem) item = g_list_model_get_item (items, i);
      g_autofree char *quantity = doorstep_quantity_format (doorstep_invoice_item_get_quantity_milli (item));
      g_autofree char *price = money (self, doorstep_invoice_item_get_unit_price_minor (item));
      /* Translators: an invoice line's quantity and unit price, "1.5 × $95.00" */
      g_autofree char *each = g_strdup_printf (_("%s × %s"), quantity, price);
      g_autofree char *amount = money (self, doorstep_invoice_item_get_amount_minor (item));

      add_row (self, self->items_group, doorstep_invoice_item_get_description (item), each, amount, FALSE);
    }
}

static void
show_totals (DoorstepInvoicePage *self)
{
  DoorstepInvoice *invoice = self->invoice;
  g_autofree char *subtotal = money (self, doorstep_invoice_get_subtotal (invoice));
  g_autofree char *total = money (self, doorstep_invoice_get_total (invoice));
  g_autofree char *paid = money (self, -doorstep_invoice_get_paid (invoice));
  g_autofree char *balance = money (self, doorstep_invoice_get_balance (invoice));

  add_row (self, self->totals_group, _("Subtotal"), NULL, subtotal, FALSE);
  if (doorstep_invoice_get_discount (invoice) > 0)
    {
      g_autofree char *discount = money (self, -doorstep_invoice_get_discount (invoice));

      add_row (self, self->totals_group, _("Discount"), NULL, discount, FALSE);
    }
  if (doorstep_invoice_get_tax_rate_bp (invoice) > 0)
    {
      g_autofree char *rate = doorstep_tax_rate_format (doorstep_invoice_get_tax_rate_bp (invoice));
      /* Translators: the tax line and its rate, "Tax (8.5%)" */
      g_autofree char *label = g_strdup_printf (_("Tax (%s)"), rate);
      g_autofree char *tax = money (self, doorstep_invoice_get_tax (invoice));

      add_row (self, self->totals_group, label, NULL, tax, FALSE);
    }
  add_row (self, self->totals_group, _("Total"), NULL, total, TRUE);
  if (doorstep_invoice_get_paid (invoice) > 0)
    add_row (self, self->totals_group, _("Paid"), NULL, paid, FALSE);
  add_row (self, self->totals_group, _("Balance Due"), NULL, balance, TRUE);
}

static void
show_payments (DoorstepInvoicePage *self)
{
  GListModel *payments = doorstep_invoice_get_payments (self->invoice);
  guint n = payments != NULL ? g_list_model_get_n_items (payments) : 0;

  adw_preferences_group_set_description (self->payments_group,
                                         n == 0 ? _("No payments yet.") : NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DoorstepPayment) payment = g_list_model_get_item (payments, i);
      g_autofree char *day = doorstep_date_time_format_day (doorstep_payment_get_paid_at (payment));
      g_autofree char *method = doorstep_payment_dup_method (payment);
      /* Translators: a payment's card and receipt, "Visa ending in 4242 · Receipt R-5007" */
      g_autofree char *subtitle = g_strdup_printf (_("%s · Receipt %s"), method,
                                                   doorstep_payment_get_receipt_number (payment));
      g_autofree char *amount = money (self, doorstep_payment_get_amount_minor (payment));

      add_row (self, self->payments_group, day, subtitle, amount, FALSE);
    }
}

static void
set_pdf_enabled (DoorstepInvoicePage *self,
                 gboolean             enabled)
{
  gtk_widget_set_visible (self->pdf_buttons, enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "invoice.preview-pdf", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "invoice.download-pdf", enabled);
}

static void
set_invoice (DoorstepInvoicePage *self,
             DoorstepInvoice     *invoice)
{
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *facts_text = NULL;
  g_autofree char *title = g_strdup_printf (_("Invoice %s"), doorstep_invoice_get_number (invoice));
  /* Translators: the file name an invoice's PDF is saved under; %s is its number */
  g_autofree char *file_name = g_strdup_printf (_("Invoice %s.pdf"), doorstep_invoice_get_number (invoice));
  g_autofree char *balance = NULL;
  gboolean open = doorstep_invoice_get_status (invoice) == DOORSTEP_INVOICE_STATUS_OPEN;

  g_set_object (&self->invoice, invoice);
  g_clear_object (&self->pdf);
  self->pdf = doorstep_document_new (self->scope, &doorstep_invoices_api_pdf, doorstep_invoice_get_id (invoice),
                                     title, doorstep_invoice_get_title (invoice), file_name);

  gtk_label_set_text (self->heading, title);
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

  balance = money (self, open ? doorstep_invoice_get_balance (invoice) : doorstep_invoice_get_total (invoice));
  gtk_label_set_text (self->balance_caption, open ? _("Balance due") : _("Total"));
  gtk_label_set_text (self->balance_label, balance);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->pay_button), "s", doorstep_invoice_get_id (invoice));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->pay_button), "portal.pay");
  gtk_widget_set_visible (self->pay_button, open && doorstep_invoice_get_balance (invoice) > 0 &&
                                            !doorstep_scope_get_read_only (self->scope));

  clear_rows (self);
  show_items (self);
  show_totals (self);
  show_payments (self);
  gtk_label_set_text (self->notes_label, doorstep_invoice_get_notes (invoice) != NULL ? doorstep_invoice_get_notes (invoice) : "");
  gtk_widget_set_visible (self->notes_group, doorstep_invoice_get_notes (invoice) != NULL);

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
  set_pdf_enabled (self, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "content");
}

static void
load_cb (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  DoorstepInvoicePage *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepInvoice) invoice = doorstep_invoices_api_get_finish (DOORSTEP_SCOPE (source_object), result,
                                                                         &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = DOORSTEP_INVOICE_PAGE (user_data);
  if (invoice == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }
  set_invoice (self, invoice);
}

static void
load (DoorstepInvoicePage *self)
{
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  if (self->scope == NULL || self->invoice_id == NULL)
    return;

  self->load_cancellable = g_cancellable_new ();
  if (self->invoice == NULL || g_strcmp0 (doorstep_invoice_get_id (self->invoice), self->invoice_id) != 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "loading");
      set_pdf_enabled (self, FALSE);
    }
  doorstep_invoices_api_get_async (self->scope, self->invoice_id, self->load_cancellable, load_cb, self);
}

static void
retry_cb (DoorstepInvoicePage *self)
{
  load (self);
}

static void
preview_pdf_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DoorstepInvoicePage *self = DOORSTEP_INVOICE_PAGE (widget);

  doorstep_pdf_window_present (widget, self->pdf);
}

static void
download_pdf_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DoorstepInvoicePage *self = DOORSTEP_INVOICE_PAGE (widget);

  if (self->pdf != NULL)
    doorstep_download_document (widget, self->pdf);
}

static void
open_link_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DoorstepInvoicePage *self = DOORSTEP_INVOICE_PAGE (widget);

  if (self->invoice == NULL)
    return;
  if (g_str_equal (action_name, "invoice.open-job") && doorstep_invoice_get_job_id (self->invoice) != NULL)
    gtk_widget_activate_action (widget, "portal.open-job", "s", doorstep_invoice_get_job_id (self->invoice));
  else if (g_str_equal (action_name, "invoice.open-quote") && doorstep_invoice_get_quote_id (self->invoice) != NULL)
    gtk_widget_activate_action (widget, "portal.open-quote", "s", doorstep_invoice_get_quote_id (self->invoice));
}

/* DoorstepSection */

static void
doorstep_invoice_page_load (DoorstepSection *section,
                            DoorstepScope   *scope)
{
  DoorstepInvoicePage *self = DOORSTEP_INVOICE_PAGE (section);

  doorstep_section_clear (section);
  g_set_object (&self->scope, scope);
}

static void
doorstep_invoice_page_reload (DoorstepSection *section)
{
  load (DOORSTEP_INVOICE_PAGE (section));
}

static void
doorstep_invoice_page_clear (DoorstepSection *section)
{
  DoorstepInvoicePage *self = DOORSTEP_INVOICE_PAGE (section);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->scope);
  g_clear_object (&self->invoice);
  g_clear_object (&self->pdf);
  g_clear_pointer (&self->invoice_id, g_free);
  clear_rows (self);
  set_pdf_enabled (self, FALSE);
  gtk_label_set_text (self->heading, "");
  gtk_stack_set_visible_child_name (self->stack, "loading");
}

static void
section_iface_init (DoorstepSectionInterface *iface)
{
  iface->load = doorstep_invoice_page_load;
  iface->reload = doorstep_invoice_page_reload;
  iface->clear = doorstep_invoice_page_clear;
}

/* GObject */

static void
doorstep_invoice_page_dispose (GObject *object)
{
  DoorstepInvoicePage *self = DOORSTEP_INVOICE_PAGE (object);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->scope);
  g_clear_object (&self->invoice);
  g_clear_object (&self->pdf);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  G_OBJECT_CLASS (doorstep_invoice_page_parent_class)->dispose (object);
}

static void
doorstep_invoice_page_finalize (GObject *object)
{
  g_free (DOORSTEP_INVOICE_PAGE (object)->invoice_id);
  G_OBJECT_CLASS (doorstep_invoice_page_parent_class)->finalize (object);
}

static void
doorstep_invoice_page_class_init (DoorstepInvoicePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_invoice_page_dispose;
  object_class->finalize = doorstep_invoice_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/invoices/doorstep-invoice-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, heading);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, pdf_buttons);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, stack);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, error_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, facts_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, balance_caption);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, balance_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, pay_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, items_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, totals_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, payments_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, notes_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, notes_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, links_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, job_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicePage, quote_row);
  gtk_widget_class_bind_template_callback (widget_class, retry_cb);
  gtk_widget_class_install_action (widget_class, "invoice.preview-pdf", NULL, preview_pdf_action);
  gtk_widget_class_install_action (widget_class, "invoice.download-pdf", NULL, download_pdf_action);
  gtk_widget_class_install_action (widget_class, "invoice.open-job", NULL, open_link_action);
  gtk_widget_class_install_action (widget_class, "invoice.open-quote", NULL, open_link_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "invoice.preview-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "invoice.download-pdf", NULL);
}

static void
doorstep_invoice_page_init (DoorstepInvoicePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
  set_pdf_enabled (self, FALSE);
}

/* Shows the invoice @invoice_id of the page's scope, loading it. */
void
doorstep_invoice_page_show (DoorstepInvoicePage *self,
                            const char          *invoice_id)
{
  g_return_if_fail (DOORSTEP_IS_INVOICE_PAGE (self));

  if (g_strcmp0 (self->invoice_id, invoice_id) != 0)
    {
      g_free (self->invoice_id);
      self->invoice_id = g_strdup (invoice_id);
      g_clear_object (&self->invoice);
    }
  load (self);
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
  return self->invoice;
}
