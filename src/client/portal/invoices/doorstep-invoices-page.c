/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-bulk-download-dialog.h"
#include "doorstep-invoice-page.h"
#include "doorstep-invoice-row.h"
#include "doorstep-invoices-api.h"
#include "doorstep-invoices-page.h"
#include "doorstep-money.h"
#include "doorstep-time.h"

/* What the Invoices page adds to every list page: the invoices endpoint
 * and its four filters, its empty texts, opening an invoice, and saving
 * several as one ZIP (invoices.download). */

struct _DoorstepInvoicesPage {
  DoorstepListPage     parent_instance;

  DoorstepInvoicePage *invoice_page;
};

G_DEFINE_FINAL_TYPE (DoorstepInvoicesPage, doorstep_invoices_page, DOORSTEP_TYPE_LIST_PAGE)

static void
doorstep_invoices_page_describe_empty (DoorstepListPage  *page,
                                       const char        *filter,
                                       const char        *search,
                                       char             **title,
                                       char             **description)
{
  DoorstepInvoiceFilter which = DOORSTEP_INVOICE_FILTER_OPEN;

  doorstep_invoice_filter_from_string (filter, &which);
  switch (which)
    {
    case DOORSTEP_INVOICE_FILTER_OVERDUE:
      *title = g_strdup (_("Nothing Overdue"));
      *description = g_strdup (_("Invoices past their due date appear here."));
      break;
    case DOORSTEP_INVOICE_FILTER_PAID:
      *title = g_strdup (_("No Paid Invoices"));
      *description = g_strdup (_("Invoices you have paid appear here, with their payments."));
      break;
    case DOORSTEP_INVOICE_FILTER_ALL:
      *title = g_strdup (_("No Invoices"));
      *description = g_strdup (_("When the business bills you for work, the invoice appears here."));
      break;
    case DOORSTEP_INVOICE_FILTER_OPEN:
    default:
      *title = g_strdup (_("You’re All Paid Up"));
      *description = g_strdup (_("Invoices waiting for payment appear here."));
      break;
    }
}

static char *
doorstep_invoices_page_describe_count (DoorstepListPage *page,
                                       const char       *label,
                                       guint             count)
{
  /* Translators: the accessible name of a filter, "Open, 3 invoices" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u invoice", "%s, %u invoices", count), label, count);
}

static void
doorstep_invoices_page_activate (DoorstepListPage *page,
                                 gpointer          item)
{
  doorstep_invoices_page_open_invoice (DOORSTEP_INVOICES_PAGE (page),
                                       doorstep_invoice_get_id (DOORSTEP_INVOICE (item)));
}

/* Several invoices as one ZIP: every invoice, each by number, title, day
 * and total. */
static void
describe_for_download (gpointer                       item,
                       const char                   **id,
                       char                         **title,
                       char                         **subtitle,
                       char                         **amount,
                       char                         **file_name,
                       const DoorstepDocumentSource **source)
{
  DoorstepInvoice *invoice = item;
  g_autofree char *issued = doorstep_invoice_get_issued_on (invoice) != NULL
                            ? doorstep_date_format (doorstep_invoice_get_issued_on (invoice)) : NULL;

  *id = doorstep_invoice_get_id (invoice);
  /* Translators: "Invoice I-2007" */
  *title = g_strdup_printf (_("Invoice %s"), doorstep_invoice_get_number (invoice));
  *subtitle = issued != NULL ? g_strdup_printf ("%s · %s", doorstep_invoice_get_title (invoice), issued)
                             : g_strdup (doorstep_invoice_get_title (invoice));
  *amount = doorstep_money_format (doorstep_invoice_get_total (invoice), doorstep_invoice_get_currency (invoice));
  /* Translators: the file name of an invoice's PDF; %s is its number */
  *file_name = g_strdup_printf (_("Invoice %s.pdf"), doorstep_invoice_get_number (invoice));
  *source = &doorstep_invoices_api_pdf;
}

static const DoorstepBulkDownloadKind invoices_download = {
  .title = N_("Download Invoices"),
  .group_title = N_("Invoices"),
  /* Translators: the suggested name of a ZIP of invoices */
  .archive_name = N_("Invoices.zip"),
  .empty_title = N_("No Invoices"),
  .empty_description = N_("When the business bills you for work, the invoice appears here."),
  .error_title = N_("Your Invoices Didn’t Load"),
  .endpoint = &doorstep_invoices_api_list,
  .describe = describe_for_download,
};

static void
download_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DoorstepScope *scope = doorstep_list_page_get_scope (DOORSTEP_LIST_PAGE (widget));
  const char * const query[] = { "status", "all", NULL };
  GtkWidget *dialog;

  if (scope == NULL)
    return;
  dialog = doorstep_bulk_download_dialog_new (scope, &invoices_download, query);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
doorstep_invoices_page_class_init (DoorstepInvoicesPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DoorstepListPageClass *list_class = DOORSTEP_LIST_PAGE_CLASS (klass);

  list_class->describe_empty = doorstep_invoices_page_describe_empty;
  list_class->describe_count = doorstep_invoices_page_describe_count;
  list_class->activate = doorstep_invoices_page_activate;
  doorstep_list_page_class_set_endpoint (list_class, &doorstep_invoices_api_list);

  g_type_ensure (DOORSTEP_TYPE_INVOICE_PAGE);
  g_type_ensure (DOORSTEP_TYPE_INVOICE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/invoices/doorstep-invoices-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepInvoicesPage, invoice_page);
  gtk_widget_class_install_action (widget_class, "invoices.download", NULL, download_action);
}

static void
doorstep_invoices_page_init (DoorstepInvoicesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < doorstep_invoice_filter_get_count (); i++)
    doorstep_list_page_add_filter (DOORSTEP_LIST_PAGE (self), doorstep_invoice_filter_to_string (i),
                                   doorstep_invoice_filter_get_label (i));
}

/* Opens the invoice @invoice_id over the list. */
void
doorstep_invoices_page_open_invoice (DoorstepInvoicesPage *self,
                                     const char           *invoice_id)
{
  g_return_if_fail (DOORSTEP_IS_INVOICES_PAGE (self));

  doorstep_invoice_page_show (self->invoice_page, invoice_id);
  doorstep_list_page_show_detail (DOORSTEP_LIST_PAGE (self));
}
