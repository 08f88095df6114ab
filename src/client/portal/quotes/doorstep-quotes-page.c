/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-paged-list.h"
#include "doorstep-quotes-page.h"

/* The Quotes page: filters with their counts, the list (a paged model the
 * server filters, loaded as the user scrolls), and, pushed over it in a
 * leaflet, one quote. The pattern for the jobs, invoices and documents
 * pages that follow. */

#define N_FILTERS (DOORSTEP_QUOTE_FILTER_REQUESTED + 1)

struct _DoorstepQuotesPage {
  AdwBin               parent_instance;

  AdwLeaflet          *leaflet;
  GtkWidget           *list_side;
  GtkToggleButton     *filter_buttons[N_FILTERS];
  GtkLabel            *count_labels[N_FILTERS];
  GtkStack            *state_stack;
  GtkScrolledWindow   *scrolled_window;
  GtkListView         *list_view;
  AdwStatusPage       *empty_page;
  AdwStatusPage       *error_page;
  GtkWidget           *request_button;
  DoorstepQuotePage   *quote_page;

  DoorstepApiClient   *client;
  DoorstepPagedList   *list;
  DoorstepQuoteFilter  filter;
  gboolean             preview;
  GCancellable        *counts_cancellable;
};

G_DEFINE_FINAL_TYPE (DoorstepQuotesPage, doorstep_quotes_page, ADW_TYPE_BIN)

static const char *
filter_empty_title (DoorstepQuoteFilter filter)
{
  switch (filter)
    {
    case DOORSTEP_QUOTE_FILTER_OPEN:      return _("Nothing to Decide");
    case DOORSTEP_QUOTE_FILTER_APPROVED:  return _("No Approved Quotes");
    case DOORSTEP_QUOTE_FILTER_DECLINED:  return _("No Declined Quotes");
    case DOORSTEP_QUOTE_FILTER_REQUESTED: return _("No Requests Waiting");
    case DOORSTEP_QUOTE_FILTER_ALL:
    default:                              return _("No Quotes Yet");
    }
}

static const char *
filter_empty_description (DoorstepQuoteFilter filter)
{
  switch (filter)
    {
    case DOORSTEP_QUOTE_FILTER_OPEN:      return _("Quotes waiting for your approval appear here.");
    case DOORSTEP_QUOTE_FILTER_APPROVED:  return _("Quotes you approve appear here, with their signed PDF.");
    case DOORSTEP_QUOTE_FILTER_DECLINED:  return _("Quotes you decline appear here.");
    case DOORSTEP_QUOTE_FILTER_REQUESTED: return _("Quotes you ask for appear here until they are priced.");
    case DOORSTEP_QUOTE_FILTER_ALL:
    default:                              return _("Quotes from your service provider appear here to review, approve and download. Need a price for some work? Ask for a quote.");
    }
}

static void
update_state (DoorstepQuotesPage *self)
{
  const GError *error;

  if (self->list == NULL)
    {
      gtk_stack_set_visible_child_name (self->state_stack, "loading");
      return;
    }

  error = doorstep_paged_list_get_error (self->list);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->list)) > 0)
    gtk_stack_set_visible_child_name (self->state_stack, "list");
  else if (error != NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->state_stack, "error");
    }
  else if (!doorstep_paged_list_get_loaded (self->list))
    gtk_stack_set_visible_child_name (self->state_stack, "loading");
  else
    {
      adw_status_page_set_title (self->empty_page, filter_empty_title (self->filter));
      adw_status_page_set_description (self->empty_page, filter_empty_description (self->filter));
      gtk_stack_set_visible_child_name (self->state_stack, "empty");
    }
}

static void
counts_cb (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  DoorstepQuotesPage *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepQuoteCounts) counts = doorstep_api_client_get_quote_counts_finish (DOORSTEP_API_CLIENT (source_object),
                                                                                        result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  for (guint i = 0; i < N_FILTERS; i++)
    {
      const char *name = doorstep_quote_filter_get_label ((DoorstepQuoteFilter) i);
      g_autofree char *count = counts != NULL ? g_strdup_printf ("%u", doorstep_quote_counts_get (counts, i)) : g_strdup ("");
      /* Translators: the accessible name of a filter, "Open, 3 quotes" */
      g_autofree char *accessible = counts != NULL
                                    ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u quote", "%s, %u quotes",
                                                                    doorstep_quote_counts_get (counts, i)),
                                                       name, doorstep_quote_counts_get (counts, i))
                                    : g_strdup (name);

      gtk_label_set_text (self->count_labels[i], count);
      gtk_widget_set_visible (GTK_WIDGET (self->count_labels[i]), counts != NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->filter_buttons[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
    }
}

static void
load_counts (DoorstepQuotesPage *self)
{
  g_cancellable_cancel (self->counts_cancellable);
  g_clear_object (&self->counts_cancellable);
  self->counts_cancellable = g_cancellable_new ();
  doorstep_api_client_get_quote_counts_async (self->client, self->counts_cancellable, counts_cb, self);
}

static void
start_query (DoorstepQuotesPage *self)
{
  const char *acting = doorstep_api_client_get_acting_customer (self->client);
  /* Pairs of name and value; a value is never NULL, so the list ends
   * early when there is no customer to name. */
  const char *params[] = {
    "status", doorstep_quote_filter_to_string (self->filter),
    acting != NULL ? "customer_id" : NULL, acting,
    NULL,
  };
  GtkSelectionModel *selection;

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_clear_object (&self->list);

  self->list = doorstep_paged_list_new (self->client, "/quotes", params,
                                        DOORSTEP_TYPE_QUOTE, doorstep_quote_new_from_json);
  g_signal_connect_swapped (self->list, "items-changed", G_CALLBACK (update_state), self);
  g_signal_connect_swapped (self->list, "notify::loaded", G_CALLBACK (update_state), self);
  g_signal_connect_swapped (self->list, "notify::error", G_CALLBACK (update_state), self);

  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->list))));
  gtk_list_view_set_model (self->list_view, selection);
  g_object_unref (selection);

  doorstep_paged_list_load_more (self->list);
  update_state (self);
}

static void
filter_toggled_cb (GtkToggleButton    *button,
                   DoorstepQuotesPage *self)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  for (guint i = 0; i < N_FILTERS; i++)
    if (self->filter_buttons[i] == button && self->filter != (DoorstepQuoteFilter) i)
      {
        self->filter = i;
        if (self->client != NULL)
          start_query (self);
      }
}

static void
retry_cb (DoorstepQuotesPage *self)
{
  if (self->list != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->list)) > 0)
    doorstep_paged_list_load_more (self->list);
  else
    doorstep_quotes_page_reload (self);
}

/* Rows */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *ends = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);
  GtkWidget *total = gtk_label_new (NULL);
  GtkWidget *status = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "quote-row");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_ellipsize (GTK_LABEL (details), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (details, "dim-label");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (total), 1);
  gtk_widget_add_css_class (total, "numeric");
  gtk_widget_add_css_class (total, "heading");
  gtk_widget_set_halign (status, GTK_ALIGN_END);
  gtk_widget_add_css_class (status, "quote-status");
  gtk_widget_set_valign (ends, GTK_ALIGN_CENTER);

  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), details);
  gtk_box_append (GTK_BOX (ends), total);
  gtk_box_append (GTK_BOX (ends), status);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), ends);

  g_object_set_data (G_OBJECT (box), "title", title);
  g_object_set_data (G_OBJECT (box), "details", details);
  g_object_set_data (G_OBJECT (box), "total", total);
  g_object_set_data (G_OBJECT (box), "status", status);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  DoorstepQuote *quote = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *status = g_object_get_data (G_OBJECT (box), "status");
  g_autofree char *title = g_strdup_printf ("%s · %s", doorstep_quote_get_number (quote), doorstep_quote_get_title (quote));
  g_autofree char *day = NULL;
  g_autofree char *details = NULL;
  g_autofree char *total = NULL;
  g_autofree char *status_text = doorstep_quote_dup_status_label (quote);
  g_autofree char *accessible = NULL;
  const char *styles[] = { "requested", "open", "approved", "declined", "expired" };

  if (doorstep_quote_get_issued_on (quote) != NULL)
    {
      g_autofree char *issued = doorstep_local_date_format (doorstep_quote_get_issued_on (quote));
      day = g_strdup_printf (_("Issued %s"), issued);
    }
  else
    {
      g_autoptr(GDateTime) utc = doorstep_timestamp_parse (doorstep_quote_get_created_at (quote));
      g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;
      g_autofree char *date = local != NULL ? g_date_time_format (local, "%Y-%m-%d") : NULL;
      g_autofree char *asked = date != NULL ? doorstep_local_date_format (date) : g_strdup ("");
      day = g_strdup_printf (_("Asked for %s"), asked);
    }
  details = doorstep_quote_get_property_label (quote) != NULL
            ? g_strdup_printf ("%s · %s", doorstep_quote_get_property_label (quote), day)
            : g_strdup (day);
  total = doorstep_quote_get_status (quote) == DOORSTEP_QUOTE_STATUS_REQUESTED
          ? g_strdup (_("Not priced yet"))
          : doorstep_money_format (doorstep_quote_get_total (quote), doorstep_quote_get_currency (quote));

  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "title"), title);
  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "details"), details);
  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "total"), total);
  gtk_label_set_text (GTK_LABEL (status), status_text);
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    gtk_widget_remove_css_class (status, styles[i]);
  gtk_widget_add_css_class (status, doorstep_quote_get_status_style (quote));

  /* Translators: a quote row read aloud: "Q-1001 · Furnace, Home · Issued 2 Nov 2026, $7,166.25, Awaiting decision" */
  accessible = g_strdup_printf (_("%s, %s, %s, %s"), title, details, total, status_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
activate_cb (GtkListView        *list_view,
             guint               position,
             DoorstepQuotesPage *self)
{
  doorstep_quotes_page_open_quote (self, position);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepQuotesPage *self = DOORSTEP_QUOTES_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_side);
}

static void
quote_changed_cb (DoorstepQuotesPage *self)
{
  load_counts (self);
  start_query (self);
}

static void
scrolled_cb (DoorstepQuotesPage *self)
{
  doorstep_paged_list_load_more_near_end (self->list, self->scrolled_window);
}

static void
doorstep_quotes_page_dispose (GObject *object)
{
  DoorstepQuotesPage *self = DOORSTEP_QUOTES_PAGE (object);

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_clear_object (&self->list);
  g_cancellable_cancel (self->counts_cancellable);
  g_clear_object (&self->counts_cancellable);
  g_clear_object (&self->client);

  G_OBJECT_CLASS (doorstep_quotes_page_parent_class)->dispose (object);
}

static void
doorstep_quotes_page_class_init (DoorstepQuotesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_quotes_page_dispose;

  gtk_widget_class_install_action (widget_class, "quotes.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "quotes.back", NULL);
}

static GtkWidget *
status_page (const char *icon,
             const char *title)
{
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), icon);
  if (title != NULL)
    adw_status_page_set_title (ADW_STATUS_PAGE (page), title);
  return page;
}

static GtkWidget *
pill_button (const char *label,
             const char *action,
             gboolean    suggested)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  if (action != NULL)
    gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static void
doorstep_quotes_page_init (DoorstepQuotesPage *self)
{
  GtkWidget *list_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *filter_clamp = adw_clamp_new ();
  GtkWidget *filter_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *filter_scroll = gtk_scrolled_window_new ();
  GtkWidget *filters = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *clamp = GTK_WIDGET (g_object_new (ADW_TYPE_CLAMP_SCROLLABLE, "maximum-size", 720, NULL));
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *retry;

  /* Filters, each with its count, and a way to ask for a quote */
  for (guint i = 0; i < N_FILTERS; i++)
    {
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *name = gtk_label_new (doorstep_quote_filter_get_label ((DoorstepQuoteFilter) i));
      GtkWidget *count = gtk_label_new (NULL);

      gtk_widget_add_css_class (count, "filter-count");
      gtk_widget_add_css_class (count, "numeric");
      gtk_widget_set_visible (count, FALSE);
      gtk_box_append (GTK_BOX (content), name);
      gtk_box_append (GTK_BOX (content), count);
      gtk_button_set_child (GTK_BUTTON (button), content);
      gtk_widget_add_css_class (button, "filter-button");
      gtk_widget_add_css_class (button, "flat");
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), self->filter_buttons[0]);
      g_signal_connect (button, "toggled", G_CALLBACK (filter_toggled_cb), self);
      gtk_box_append (GTK_BOX (filters), button);
      self->filter_buttons[i] = GTK_TOGGLE_BUTTON (button);
      self->count_labels[i] = GTK_LABEL (count);
    }
  gtk_toggle_button_set_active (self->filter_buttons[0], TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (filter_scroll), GTK_POLICY_EXTERNAL, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (filter_scroll), filters);
  gtk_widget_set_hexpand (filter_scroll, TRUE);
  gtk_box_append (GTK_BOX (filter_row), filter_scroll);
  self->request_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->request_button), "portal.request-quote");
  gtk_widget_set_tooltip_text (self->request_button, _("Request a Quote"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->request_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Request a Quote"), -1);
  gtk_widget_set_valign (self->request_button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (filter_row), self->request_button);
  gtk_widget_set_margin_top (filter_row, 12);
  gtk_widget_set_margin_bottom (filter_row, 6);
  gtk_widget_set_margin_start (filter_row, 12);
  gtk_widget_set_margin_end (filter_row, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (filter_clamp), 720);
  adw_clamp_set_child (ADW_CLAMP (filter_clamp), filter_row);
  gtk_box_append (GTK_BOX (list_box), filter_clamp);

  /* The list, or loading, empty or what went wrong */
  self->state_stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->state_stack), TRUE);
  gtk_spinner_set_spinning (GTK_SPINNER (spinner), TRUE);
  gtk_widget_set_size_request (spinner, 32, 32);
  gtk_widget_set_halign (spinner, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (spinner, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spinner), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Loading quotes"), -1);
  gtk_stack_add_named (self->state_stack, spinner, "loading");

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (NULL, factory));
  gtk_list_view_set_single_click_activate (self->list_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "quotes-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Quotes"), -1);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (activate_cb), self);
  gtk_scrollable_set_vscroll_policy (GTK_SCROLLABLE (self->list_view), GTK_SCROLL_NATURAL);
  adw_clamp_scrollable_set_child (ADW_CLAMP_SCROLLABLE (clamp), GTK_WIDGET (self->list_view));
  self->scrolled_window = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (self->scrolled_window, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (self->scrolled_window, clamp);
  g_signal_connect_swapped (gtk_scrolled_window_get_vadjustment (self->scrolled_window), "value-changed",
                            G_CALLBACK (scrolled_cb), self);
  g_signal_connect_swapped (gtk_scrolled_window_get_vadjustment (self->scrolled_window), "changed",
                            G_CALLBACK (scrolled_cb), self);
  gtk_stack_add_named (self->state_stack, GTK_WIDGET (self->scrolled_window), "list");

  self->empty_page = ADW_STATUS_PAGE (status_page ("document-edit-symbolic", NULL));
  adw_status_page_set_child (self->empty_page, pill_button (_("Request a _Quote"), "portal.request-quote", FALSE));
  gtk_stack_add_named (self->state_stack, GTK_WIDGET (self->empty_page), "empty");

  self->error_page = ADW_STATUS_PAGE (status_page ("network-offline-symbolic", _("Quotes Didn’t Load")));
  retry = pill_button (_("_Try Again"), NULL, TRUE);
  g_signal_connect_swapped (retry, "clicked", G_CALLBACK (retry_cb), self);
  adw_status_page_set_child (self->error_page, retry);
  gtk_stack_add_named (self->state_stack, GTK_WIDGET (self->error_page), "error");
  gtk_box_append (GTK_BOX (list_box), GTK_WIDGET (self->state_stack));

  /* One quote, over the list */
  self->quote_page = DOORSTEP_QUOTE_PAGE (doorstep_quote_page_new ());
  g_signal_connect_swapped (self->quote_page, "changed", G_CALLBACK (quote_changed_cb), self);

  self->leaflet = ADW_LEAFLET (adw_leaflet_new ());
  adw_leaflet_set_can_unfold (self->leaflet, FALSE);
  adw_leaflet_set_can_navigate_back (self->leaflet, TRUE);
  self->list_side = list_box;
  adw_leaflet_append (self->leaflet, list_box);
  adw_leaflet_append (self->leaflet, GTK_WIDGET (self->quote_page));
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->leaflet));
}

/**
 * doorstep_quotes_page_load:
 * @preview: staff previewing a customer: no asking for quotes
 */
void
doorstep_quotes_page_load (DoorstepQuotesPage *self,
                           DoorstepApiClient  *client,
                           gboolean            preview)
{
  g_return_if_fail (DOORSTEP_IS_QUOTES_PAGE (self));

  g_set_object (&self->client, client);
  self->preview = preview;
  gtk_widget_set_visible (self->request_button, !preview);
  gtk_widget_set_visible (adw_status_page_get_child (self->empty_page), !preview);
  adw_leaflet_set_visible_child (self->leaflet, self->list_side);
  gtk_toggle_button_set_active (self->filter_buttons[DOORSTEP_QUOTE_FILTER_ALL], TRUE);
  self->filter = DOORSTEP_QUOTE_FILTER_ALL;
  doorstep_quotes_page_reload (self);
}

void
doorstep_quotes_page_reload (DoorstepQuotesPage *self)
{
  g_return_if_fail (DOORSTEP_IS_QUOTES_PAGE (self));

  if (self->client == NULL)
    return;
  load_counts (self);
  start_query (self);
  if (adw_leaflet_get_visible_child (self->leaflet) != self->list_side &&
      doorstep_quote_page_get_quote (self->quote_page) != NULL)
    doorstep_quote_page_show (self->quote_page, self->client,
                              doorstep_quote_get_id (doorstep_quote_page_get_quote (self->quote_page)));
}

void
doorstep_quotes_page_clear (DoorstepQuotesPage *self)
{
  g_return_if_fail (DOORSTEP_IS_QUOTES_PAGE (self));

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_clear_object (&self->list);
  g_cancellable_cancel (self->counts_cancellable);
  g_clear_object (&self->client);
  gtk_list_view_set_model (self->list_view, NULL);
  doorstep_quote_page_clear (self->quote_page);
  adw_leaflet_set_visible_child (self->leaflet, self->list_side);
  for (guint i = 0; i < N_FILTERS; i++)
    gtk_widget_set_visible (GTK_WIDGET (self->count_labels[i]), FALSE);
  update_state (self);
}

void
doorstep_quotes_page_set_filter (DoorstepQuotesPage  *self,
                                 DoorstepQuoteFilter  filter)
{
  g_return_if_fail ((guint) filter < N_FILTERS);
  gtk_toggle_button_set_active (self->filter_buttons[filter], TRUE);
}

DoorstepQuoteFilter doorstep_quotes_page_get_filter (DoorstepQuotesPage *self) { return self->filter; }

void
doorstep_quotes_page_open_quote (DoorstepQuotesPage *self,
                                 guint               position)
{
  g_autoptr(DoorstepQuote) quote = self->list != NULL ? g_list_model_get_item (G_LIST_MODEL (self->list), position) : NULL;

  if (quote == NULL)
    return;
  doorstep_quote_page_show (self->quote_page, self->client, doorstep_quote_get_id (quote));
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->quote_page));
}

GListModel *doorstep_quotes_page_get_model (DoorstepQuotesPage *self) { return self->list != NULL ? G_LIST_MODEL (self->list) : NULL; }
const char *doorstep_quotes_page_get_state (DoorstepQuotesPage *self) { return gtk_stack_get_visible_child_name (self->state_stack); }
DoorstepQuotePage *doorstep_quotes_page_get_quote_page (DoorstepQuotesPage *self) { return self->quote_page; }

const char *
doorstep_quotes_page_get_count_text (DoorstepQuotesPage  *self,
                                     DoorstepQuoteFilter  filter)
{
  return gtk_label_get_text (self->count_labels[filter]);
}

gboolean
doorstep_quotes_page_get_showing_quote (DoorstepQuotesPage *self)
{
  return adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->quote_page);
}
