/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-dashboard-page.h"
#include "doorstep-portal-view.h"
#include "doorstep-quotes-page.h"
#include "doorstep-request-dialog.h"
#include "doorstep-window.h"

/* The customer's portal: the pages a customer has, switched in the header
 * (or at the bottom when narrow). Staff see the same view, read-only,
 * under a banner naming whose portal it is. */

struct _DoorstepPortalView {
  AdwBin                 parent_instance;

  /* template widgets */
  AdwViewSwitcherTitle  *switcher_title;
  AdwViewStack          *view_stack;
  GtkMenuButton         *menu_button;
  GtkRevealer           *preview_revealer;
  GtkLabel              *preview_label;
  DoorstepDashboardPage *dashboard_page;
  DoorstepQuotesPage    *quotes_page;

  /* owned references */
  DoorstepApiClient     *client;
  GMenuModel            *primary_menu;
  gboolean               preview;
};

G_DEFINE_FINAL_TYPE (DoorstepPortalView, doorstep_portal_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PRIMARY_MENU,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_actions (DoorstepPortalView *self)
{
  gboolean ready = self->client != NULL && !self->preview &&
                   doorstep_dashboard_page_get_company (self->dashboard_page) != NULL &&
                   doorstep_dashboard_page_get_dashboard (self->dashboard_page) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "portal.request-work", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "portal.request-quote", ready);
}

static void
dashboard_loaded_cb (DoorstepPortalView *self)
{
  DoorstepCompany *company = doorstep_dashboard_page_get_company (self->dashboard_page);
  DoorstepDashboard *dashboard = doorstep_dashboard_page_get_dashboard (self->dashboard_page);

  adw_view_switcher_title_set_title (self->switcher_title,
                                     company != NULL ? doorstep_company_get_name (company) : _("Doorstep"));

  if (self->preview && dashboard != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("You are viewing %s’s portal as they see it. Nothing can be changed here."),
                                               doorstep_dashboard_get_customer_name (dashboard));
      gtk_label_set_text (self->preview_label, text);
    }

  update_actions (self);
}

static void
request_sent_cb (DoorstepPortalView     *self,
                 DoorstepServiceRequest *request,
                 DoorstepRequestDialog  *dialog)
{
  DoorstepCompany *company = doorstep_dashboard_page_get_company (self->dashboard_page);
  g_autofree char *message = g_strdup_printf (_("Request sent. %s will get back to you."),
                                              company != NULL ? doorstep_company_get_name (company)
                                                              : _("Your service provider"));

  doorstep_window_toast_from (GTK_WIDGET (self), message);
  doorstep_dashboard_page_reload (self->dashboard_page);
  /* A quote request is a requested quote now: the Quotes page shows it. */
  doorstep_quotes_page_reload (self->quotes_page);
}

static void
request_work_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DoorstepPortalView *self = DOORSTEP_PORTAL_VIEW (widget);
  DoorstepCompany *company = doorstep_dashboard_page_get_company (self->dashboard_page);
  DoorstepDashboard *dashboard = doorstep_dashboard_page_get_dashboard (self->dashboard_page);
  DoorstepRequestDialog *dialog;

  if (self->preview || company == NULL || dashboard == NULL)
    return;

  dialog = doorstep_request_dialog_new (self->client, company, dashboard);
  if (g_str_equal (action_name, "portal.request-quote"))
    doorstep_request_dialog_set_kind (dialog, DOORSTEP_REQUEST_KIND_QUOTE);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  g_signal_connect_object (dialog, "sent", G_CALLBACK (request_sent_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
doorstep_portal_view_dispose (GObject *object)
{
  DoorstepPortalView *self = DOORSTEP_PORTAL_VIEW (object);

  /* No gtk_widget_dispose_template (): the template's one child is the
   * AdwBin's child, which AdwBin unparents itself; unparenting it here
   * too leaves AdwBin a dangling pointer. */
  g_clear_object (&self->client);
  g_clear_object (&self->primary_menu);

  G_OBJECT_CLASS (doorstep_portal_view_parent_class)->dispose (object);
}

static void
doorstep_portal_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DoorstepPortalView *self = DOORSTEP_PORTAL_VIEW (object);

  switch (prop_id)
    {
    case PROP_PRIMARY_MENU:
      g_value_set_object (value, self->primary_menu);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_portal_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  DoorstepPortalView *self = DOORSTEP_PORTAL_VIEW (object);

  switch (prop_id)
    {
    case PROP_PRIMARY_MENU:
      if (g_set_object (&self->primary_menu, g_value_get_object (value)))
        {
          gtk_menu_button_set_menu_model (self->menu_button, self->primary_menu);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_portal_view_class_init (DoorstepPortalViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_portal_view_dispose;
  object_class->get_property = doorstep_portal_view_get_property;
  object_class->set_property = doorstep_portal_view_set_property;

  properties[PROP_PRIMARY_MENU] =
    g_param_spec_object ("primary-menu", NULL, NULL, G_TYPE_MENU_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DOORSTEP_TYPE_DASHBOARD_PAGE);
  g_type_ensure (DOORSTEP_TYPE_QUOTES_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/doorstep-portal-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepPortalView, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPortalView, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPortalView, menu_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPortalView, preview_revealer);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPortalView, preview_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPortalView, dashboard_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPortalView, quotes_page);
  gtk_widget_class_bind_template_callback (widget_class, dashboard_loaded_cb);

  gtk_widget_class_install_action (widget_class, "portal.request-work", NULL, request_work_action);
  gtk_widget_class_install_action (widget_class, "portal.request-quote", NULL, request_work_action);
}

static void
doorstep_portal_view_init (DoorstepPortalView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}

/**
 * doorstep_portal_view_load:
 * @preview: whether staff are previewing the customer the client acts for
 *
 * Shows the portal from its dashboard and loads it.
 */
void
doorstep_portal_view_load (DoorstepPortalView *self,
                           DoorstepApiClient  *client,
                           gboolean            preview)
{
  g_return_if_fail (DOORSTEP_IS_PORTAL_VIEW (self));

  g_set_object (&self->client, client);
  self->preview = preview;

  gtk_label_set_text (self->preview_label, _("You are viewing a customer’s portal as they see it. Nothing can be changed here."));
  gtk_revealer_set_reveal_child (self->preview_revealer, preview);
  adw_view_stack_set_visible_child_name (self->view_stack, "dashboard");
  adw_view_switcher_title_set_title (self->switcher_title, _("Doorstep"));

  doorstep_dashboard_page_load (self->dashboard_page, client, preview);
  doorstep_quotes_page_load (self->quotes_page, client, preview);
  update_actions (self);
}

void
doorstep_portal_view_reload (DoorstepPortalView *self)
{
  g_return_if_fail (DOORSTEP_IS_PORTAL_VIEW (self));

  if (self->client != NULL)
    {
      doorstep_dashboard_page_reload (self->dashboard_page);
      doorstep_quotes_page_reload (self->quotes_page);
    }
}

/**
 * doorstep_portal_view_clear:
 *
 * Drops everything shown, so the next person to sign in never glimpses it.
 */
void
doorstep_portal_view_clear (DoorstepPortalView *self)
{
  g_return_if_fail (DOORSTEP_IS_PORTAL_VIEW (self));

  doorstep_dashboard_page_clear (self->dashboard_page);
  doorstep_quotes_page_clear (self->quotes_page);
  g_clear_object (&self->client);
  self->preview = FALSE;
  gtk_revealer_set_reveal_child (self->preview_revealer, FALSE);
  update_actions (self);
}
