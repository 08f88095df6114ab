/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-quote-page.h"
#include "doorstep-quote-row.h"
#include "doorstep-quotes-api.h"
#include "doorstep-quotes-page.h"

/* What the Quotes page adds to every list page: its endpoint and filters,
 * its empty texts, and opening a quote. The pattern for the jobs, invoices
 * and documents pages that follow. */

struct _DoorstepQuotesPage {
  DoorstepListPage   parent_instance;

  DoorstepQuotePage *quote_page;
};

G_DEFINE_FINAL_TYPE (DoorstepQuotesPage, doorstep_quotes_page, DOORSTEP_TYPE_LIST_PAGE)

static void
doorstep_quotes_page_describe_empty (DoorstepListPage  *page,
                                     const char        *filter,
                                     const char        *search,
                                     char             **title,
                                     char             **description)
{
  DoorstepQuoteFilter which = DOORSTEP_QUOTE_FILTER_ALL;

  doorstep_quote_filter_from_string (filter, &which);
  switch (which)
    {
    case DOORSTEP_QUOTE_FILTER_OPEN:
      *title = g_strdup (_("Nothing to Decide"));
      *description = g_strdup (_("Quotes waiting for your approval appear here."));
      break;
    case DOORSTEP_QUOTE_FILTER_APPROVED:
      *title = g_strdup (_("No Approved Quotes"));
      *description = g_strdup (_("Quotes you approve appear here, with their signed PDF."));
      break;
    case DOORSTEP_QUOTE_FILTER_DECLINED:
      *title = g_strdup (_("No Declined Quotes"));
      *description = g_strdup (_("Quotes you decline appear here."));
      break;
    case DOORSTEP_QUOTE_FILTER_REQUESTED:
      *title = g_strdup (_("No Requests Waiting"));
      *description = g_strdup (_("Quotes you ask for appear here until they are priced."));
      break;
    case DOORSTEP_QUOTE_FILTER_ALL:
    default:
      *title = g_strdup (_("No Quotes Yet"));
      *description = g_strdup (_("Quotes from your service provider appear here to review, approve and download. Need a price for some work? Ask for a quote."));
      break;
    }
}

static char *
doorstep_quotes_page_describe_count (DoorstepListPage *page,
                                     const char       *label,
                                     guint             count)
{
  /* Translators: the accessible name of a filter, "Open, 3 quotes" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u quote", "%s, %u quotes", count), label, count);
}

static void
doorstep_quotes_page_activate (DoorstepListPage *page,
                               gpointer          item)
{
  doorstep_quotes_page_open_quote (DOORSTEP_QUOTES_PAGE (page), doorstep_quote_get_id (DOORSTEP_QUOTE (item)));
}

static void
quote_changed_cb (DoorstepQuotesPage *self)
{
  doorstep_list_page_refresh (DOORSTEP_LIST_PAGE (self));
}

static void
doorstep_quotes_page_class_init (DoorstepQuotesPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DoorstepListPageClass *list_class = DOORSTEP_LIST_PAGE_CLASS (klass);

  list_class->describe_empty = doorstep_quotes_page_describe_empty;
  list_class->describe_count = doorstep_quotes_page_describe_count;
  list_class->activate = doorstep_quotes_page_activate;
  doorstep_list_page_class_set_endpoint (list_class, &doorstep_quotes_api_list);

  g_type_ensure (DOORSTEP_TYPE_QUOTE_PAGE);
  g_type_ensure (DOORSTEP_TYPE_QUOTE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/quotes/doorstep-quotes-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuotesPage, quote_page);
  gtk_widget_class_bind_template_callback (widget_class, quote_changed_cb);
}

static void
doorstep_quotes_page_init (DoorstepQuotesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < doorstep_quote_filter_get_count (); i++)
    doorstep_list_page_add_filter (DOORSTEP_LIST_PAGE (self), doorstep_quote_filter_to_string (i),
                                   doorstep_quote_filter_get_label (i));
}

/* Opens the quote @quote_id over the list (from a row, or from a job). */
void
doorstep_quotes_page_open_quote (DoorstepQuotesPage *self,
                                 const char         *quote_id)
{
  g_return_if_fail (DOORSTEP_IS_QUOTES_PAGE (self));

  doorstep_quote_page_show (self->quote_page, quote_id);
  doorstep_list_page_show_detail (DOORSTEP_LIST_PAGE (self));
}
