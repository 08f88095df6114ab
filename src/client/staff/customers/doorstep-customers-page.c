/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-customers-page.h"
#include "doorstep-paged-list.h"

/* Staff's list of customers. Searching asks the server (a new paged list
 * per query); scrolling near the end loads the next page. */


struct _DoorstepCustomersPage {
  AdwBin             parent_instance;

  /* template widgets */
  GtkSearchEntry    *search_entry;
  GtkStack          *state_stack;
  GtkScrolledWindow *scrolled_window;
  GtkListView       *list_view;
  AdwStatusPage     *empty_page;
  AdwStatusPage     *error_page;

  /* owned references */
  DoorstepApiClient *client;
  DoorstepPagedList *list;
};

G_DEFINE_FINAL_TYPE (DoorstepCustomersPage, doorstep_customers_page, ADW_TYPE_BIN)

static void
update_state (DoorstepCustomersPage *self)
{
  const GError *error;
  const char *query;

  if (self->list == NULL)
    {
      gtk_stack_set_visible_child_name (self->state_stack, "loading");
      return;
    }

  error = doorstep_paged_list_get_error (self->list);
  query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

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
      if (*query != '\0')
        {
          g_autofree char *description = g_strdup_printf (_("No customer’s name, email or phone matches “%s”."), query);
          adw_status_page_set_title (self->empty_page, _("No Customers Found"));
          adw_status_page_set_description (self->empty_page, description);
        }
      else
        {
          adw_status_page_set_title (self->empty_page, _("No Customers Yet"));
          adw_status_page_set_description (self->empty_page, _("Customers appear here once the business adds them."));
        }
      gtk_stack_set_visible_child_name (self->state_stack, "empty");
    }
}

static void
list_state_changed_cb (DoorstepCustomersPage *self)
{
  update_state (self);
}

static void
start_query (DoorstepCustomersPage *self)
{
  g_autofree char *query = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  const char *params[] = { "q", query, NULL };
  GtkSelectionModel *selection;

  if (self->client == NULL)
    return;

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_clear_object (&self->list);

  self->list = doorstep_paged_list_new (self->client, "/customers", params,
                                        DOORSTEP_TYPE_CUSTOMER, doorstep_customer_new_from_json);
  g_signal_connect_swapped (self->list, "items-changed", G_CALLBACK (list_state_changed_cb), self);
  g_signal_connect_swapped (self->list, "notify::loaded", G_CALLBACK (list_state_changed_cb), self);
  g_signal_connect_swapped (self->list, "notify::error", G_CALLBACK (list_state_changed_cb), self);

  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->list))));
  gtk_list_view_set_model (self->list_view, selection);
  g_object_unref (selection);

  doorstep_paged_list_load_more (self->list);
  update_state (self);
}

static void
search_changed_cb (DoorstepCustomersPage *self)
{
  start_query (self);
}

static void
retry_cb (DoorstepCustomersPage *self)
{
  if (self->list != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->list)) > 0)
    doorstep_paged_list_load_more (self->list);
  else
    start_query (self);
}

static void
scrolled_cb (DoorstepCustomersPage *self)
{
  doorstep_paged_list_load_more_near_end (self->list, self->scrolled_window);
}

static void
activate_cb (DoorstepCustomersPage *self,
             guint                  position)
{
  g_autoptr(DoorstepCustomer) customer = g_list_model_get_item (G_LIST_MODEL (self->list), position);

  if (customer == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "win.view-as-customer", "s",
                              doorstep_customer_get_id (customer));
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *avatar = adw_avatar_new (40, NULL, TRUE);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  gtk_widget_add_css_class (box, "customer-row");
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_ellipsize (GTK_LABEL (details), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (details, "dim-label");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (arrow, _("View as Customer"));

  gtk_box_append (GTK_BOX (texts), name);
  gtk_box_append (GTK_BOX (texts), details);
  gtk_box_append (GTK_BOX (box), avatar);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), arrow);

  g_object_set_data (G_OBJECT (box), "avatar", avatar);
  g_object_set_data (G_OBJECT (box), "name", name);
  g_object_set_data (G_OBJECT (box), "details", details);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  DoorstepCustomer *customer = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autofree char *details = NULL;
  g_autofree char *accessible = NULL;

  if (doorstep_customer_get_email (customer) != NULL)
    g_ptr_array_add (parts, (gpointer) doorstep_customer_get_email (customer));
  if (doorstep_customer_get_phone (customer) != NULL)
    g_ptr_array_add (parts, (gpointer) doorstep_customer_get_phone (customer));
  if (doorstep_customer_get_city (customer) != NULL)
    g_ptr_array_add (parts, (gpointer) doorstep_customer_get_city (customer));
  g_ptr_array_add (parts, NULL);
  details = parts->len > 1 ? g_strjoinv (" · ", (char **) parts->pdata) : g_strdup (_("No contact details"));

  adw_avatar_set_text (g_object_get_data (G_OBJECT (box), "avatar"), doorstep_customer_get_display_name (customer));
  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "name"), doorstep_customer_get_display_name (customer));
  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "details"), details);

  /* Translators: the accessible name of a customer row */
  accessible = g_strdup_printf (_("%s, view their portal"), doorstep_customer_get_display_name (customer));
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (DOORSTEP_CUSTOMERS_PAGE (widget)->search_entry));
}

static void
doorstep_customers_page_dispose (GObject *object)
{
  DoorstepCustomersPage *self = DOORSTEP_CUSTOMERS_PAGE (object);

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_clear_object (&self->list);
  g_clear_object (&self->client);

  /* No gtk_widget_dispose_template (): the template's one child is the
   * AdwBin's child, which AdwBin unparents itself; unparenting it here
   * too leaves AdwBin a dangling pointer. */

  G_OBJECT_CLASS (doorstep_customers_page_parent_class)->dispose (object);
}

static void
doorstep_customers_page_class_init (DoorstepCustomersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_customers_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/staff/customers/doorstep-customers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomersPage, state_stack);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomersPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomersPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomersPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomersPage, error_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, retry_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_row_cb);

  gtk_widget_class_install_action (widget_class, "customers.search", NULL, focus_search_action);
}

static void
doorstep_customers_page_init (DoorstepCustomersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (gtk_scrolled_window_get_vadjustment (self->scrolled_window), "value-changed",
                            G_CALLBACK (scrolled_cb), self);
  g_signal_connect_swapped (gtk_scrolled_window_get_vadjustment (self->scrolled_window), "changed",
                            G_CALLBACK (scrolled_cb), self);
}

/**
 * doorstep_customers_page_load:
 *
 * Lists customers from the first page, keeping the search text.
 */
void
doorstep_customers_page_load (DoorstepCustomersPage *self,
                              DoorstepApiClient     *client)
{
  g_return_if_fail (DOORSTEP_IS_CUSTOMERS_PAGE (self));

  g_set_object (&self->client, client);
  start_query (self);
}

void
doorstep_customers_page_clear (DoorstepCustomersPage *self)
{
  g_return_if_fail (DOORSTEP_IS_CUSTOMERS_PAGE (self));

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_clear_object (&self->list);
  g_clear_object (&self->client);
  gtk_list_view_set_model (self->list_view, NULL);
  g_signal_handlers_block_by_func (self->search_entry, search_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_signal_handlers_unblock_by_func (self->search_entry, search_changed_cb, self);
  update_state (self);
}

/**
 * doorstep_customers_page_get_model:
 *
 * Returns: (transfer none) (nullable): the customers shown
 */
GListModel *
doorstep_customers_page_get_model (DoorstepCustomersPage *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CUSTOMERS_PAGE (self), NULL);
  return self->list != NULL ? G_LIST_MODEL (self->list) : NULL;
}

/**
 * doorstep_customers_page_get_state:
 *
 * Returns: "loading", "list", "empty" or "error"
 */
const char *
doorstep_customers_page_get_state (DoorstepCustomersPage *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CUSTOMERS_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->state_stack);
}
