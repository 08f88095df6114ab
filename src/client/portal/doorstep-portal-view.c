/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-dashboard-page.h"
#include "doorstep-documents-page.h"
#include "doorstep-invoices-page.h"
#include "doorstep-jobs-page.h"
#include "doorstep-lazy-section.h"
#include "doorstep-pay-dialog.h"
#include "doorstep-plans-page.h"
#include "doorstep-payment-methods-dialog.h"
#include "doorstep-payments-page.h"
#include "doorstep-portal-view.h"
#include "doorstep-quotes-page.h"
#include "doorstep-request-dialog.h"
#include "doorstep-section-view.h"
#include "doorstep-session.h"
#include "doorstep-toast.h"

/* The customer's portal: the sections a customer has, each a page of the
 * section view's stack; every one that is a DoorstepSection is loaded
 * (when first shown), reloaded and cleared with the view, so adding a
 * section is adding a page to the template. Staff see the same view for a
 * read-only scope, under a banner naming whose portal it is. The view is
 * "loading" while its first page, the dashboard, is. */

struct _DoorstepPortalView {
  AdwBin                 parent_instance;

  /* template widgets */
  DoorstepSectionView   *section_view;
  DoorstepDashboardPage *dashboard_page;
  /* The sections but the dashboard are built when first needed. */
  DoorstepLazySection   *quotes_page;
  DoorstepLazySection   *jobs_page;
  DoorstepLazySection   *invoices_page;
  DoorstepLazySection   *plans_page;
  GtkRevealer           *preview_revealer;
  GtkLabel              *preview_label;

  /* owned references */
  DoorstepScope         *scope;
  DoorstepSession       *session;
};

G_DEFINE_FINAL_TYPE (DoorstepPortalView, doorstep_portal_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What the view knows of the business and the customer, once the
 * dashboard has loaded them into the session and the scope. */
static void
update (DoorstepPortalView *self)
{
  DoorstepCompany *company = self->session != NULL ? doorstep_session_get_company (self->session) : NULL;
  DoorstepCustomer *customer = self->scope != NULL ? doorstep_scope_get_customer (self->scope) : NULL;
  gboolean read_only = self->scope != NULL && doorstep_scope_get_read_only (self->scope);
  gboolean ready = self->scope != NULL && !read_only && company != NULL && customer != NULL;

  g_object_set (self->section_view, "title", company != NULL ? doorstep_company_get_name (company) : _("Doorstep"),
                NULL);
  if (read_only && customer != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("You are viewing %s’s portal as they see it. Nothing can be changed here."),
                                               doorstep_customer_get_display_name (customer));
      gtk_label_set_text (self->preview_label, text);
    }
  else
    gtk_label_set_text (self->preview_label, _("You are viewing a customer’s portal as they see it. Nothing can be changed here."));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "portal.request-work", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "portal.request-quote", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "portal.request-visit", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "portal.pay", self->scope != NULL && !read_only);
}

static void
request_sent_cb (DoorstepPortalView *self)
{
  DoorstepCompany *company = doorstep_session_get_company (self->session);
  g_autofree char *message = g_strdup_printf (_("Request sent. %s will get back to you."),
                                              company != NULL ? doorstep_company_get_name (company)
                                                              : _("Your service provider"));

  doorstep_toast (GTK_WIDGET (self), message);
  /* The dashboard counts it, and a quote request is a requested quote. */
  doorstep_section_view_reload (self->section_view);
}

static void
request_work_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DoorstepPortalView *self = DOORSTEP_PORTAL_VIEW (widget);
  DoorstepCompany *company = self->session != NULL ? doorstep_session_get_company (self->session) : NULL;
  GtkWidget *dialog;

  if (self->scope == NULL || doorstep_scope_get_read_only (self->scope) ||
      company == NULL || doorstep_scope_get_customer (self->scope) == NULL)
    return;

  dialog = doorstep_request_dialog_new (self->scope, company);
  if (g_str_equal (action_name, "portal.request-quote"))
    doorstep_request_dialog_set_kind (DOORSTEP_REQUEST_DIALOG (dialog), DOORSTEP_REQUEST_KIND_QUOTE);
  /* A plan's next visit: its property and what it is for. */
  if (g_str_equal (action_name, "portal.request-visit"))
    {
      const char *property_id, *description;

      g_variant_get (parameter, "(&s&s)", &property_id, &description);
      doorstep_request_dialog_prefill (DOORSTEP_REQUEST_DIALOG (dialog), *property_id != '\0' ? property_id : NULL,
                                       description);
    }
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  g_signal_connect_object (dialog, "sent", G_CALLBACK (request_sent_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A quote, a job or an invoice opened from elsewhere in the portal: a
 * job's quote, the dashboard's next visit, what a payment paid. */
static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepPortalView *self = DOORSTEP_PORTAL_VIEW (widget);
  const char *id = g_variant_get_string (parameter, NULL);

  if (self->scope == NULL)
    return;
  if (g_str_equal (action_name, "portal.open-quote"))
    {
      doorstep_section_view_show (self->section_view, "quotes");
      doorstep_quotes_page_open_quote (DOORSTEP_QUOTES_PAGE (doorstep_lazy_section_get_page (self->quotes_page)), id);
    }
  else if (g_str_equal (action_name, "portal.open-equipment"))
    {
      doorstep_section_view_show (self->section_view, "plans");
      doorstep_plans_page_open_equipment (DOORSTEP_PLANS_PAGE (doorstep_lazy_section_get_page (self->plans_page)), id);
    }
  else if (g_str_equal (action_name, "portal.open-plan"))
    {
      doorstep_section_view_show (self->section_view, "plans");
      doorstep_plans_page_open_plan (DOORSTEP_PLANS_PAGE (doorstep_lazy_section_get_page (self->plans_page)), id);
    }
  else if (g_str_equal (action_name, "portal.open-invoice"))
    {
      doorstep_section_view_show (self->section_view, "invoices");
      doorstep_invoices_page_open_invoice (DOORSTEP_INVOICES_PAGE (doorstep_lazy_section_get_page (self->invoices_page)),
                                           id);
    }
  else
    {
      doorstep_section_view_show (self->section_view, "jobs");
      doorstep_jobs_page_open_job (DOORSTEP_JOBS_PAGE (doorstep_lazy_section_get_page (self->jobs_page)), id);
    }
}

/* The Invoices page with a filter: the dashboard's Balance Due. */
static void
show_invoices_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DoorstepPortalView *self = DOORSTEP_PORTAL_VIEW (widget);
  GtkWidget *invoices;

  if (self->scope == NULL)
    return;
  doorstep_section_view_show (self->section_view, "invoices");
  invoices = doorstep_lazy_section_get_page (self->invoices_page);
  gtk_widget_activate_action (invoices, "list.back", NULL);
  doorstep_list_page_set_filter (DOORSTEP_LIST_PAGE (invoices), g_variant_get_string (parameter, NULL));
}

/* The saved cards, from the main menu. */
static void
payment_methods_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  DoorstepPortalView *self = DOORSTEP_PORTAL_VIEW (widget);
  GtkWidget *dialog;

  if (self->scope == NULL)
    return;
  dialog = doorstep_payment_methods_dialog_new (self->scope);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
paid_cb (DoorstepPortalView *self)
{
  doorstep_toast (GTK_WIDGET (self), _("Payment received. Your receipts are in Payment History."));
  /* Balances, the dashboard's total due, the history. */
  doorstep_section_view_reload (self->section_view);
}

/* Paying: what is due, from an invoice, a quote's deposit, or the
 * Invoices page ("" ticks everything due). */
static void
pay_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  DoorstepPortalView *self = DOORSTEP_PORTAL_VIEW (widget);
  GtkWidget *dialog;

  if (self->scope == NULL || doorstep_scope_get_read_only (self->scope))
    return;
  dialog = doorstep_pay_dialog_new (self->scope, g_variant_get_string (parameter, NULL));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  g_signal_connect_object (dialog, "paid", G_CALLBACK (paid_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The banner is hidden while it is not shown, not only folded away: a
 * folded revealer still has its child measured, wrapped text and all. */
static void
reveal_preview_banner (DoorstepPortalView *self,
                       gboolean            reveal)
{
  if (reveal)
    gtk_widget_set_visible (GTK_WIDGET (self->preview_revealer), TRUE);
  gtk_revealer_set_reveal_child (self->preview_revealer, reveal);
}

static void
preview_banner_revealed_cb (DoorstepPortalView *self)
{
  if (!gtk_revealer_get_child_revealed (self->preview_revealer) &&
      !gtk_revealer_get_reveal_child (self->preview_revealer))
    gtk_widget_set_visible (GTK_WIDGET (self->preview_revealer), FALSE);
}

static void
forget_scope (DoorstepPortalView *self)
{
  if (self->scope != NULL)
    g_signal_handlers_disconnect_by_data (self->scope, self);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->scope);
  g_clear_object (&self->session);
}

static void
doorstep_portal_view_dispose (GObject *object)
{
  DoorstepPortalView *self = DOORSTEP_PORTAL_VIEW (object);

  /* No gtk_widget_dispose_template (): the template's one child is the
   * AdwBin's child, which AdwBin unparents itself. */
  forget_scope (self);

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
    case PROP_LOADING:
      g_value_set_boolean (value, doorstep_portal_view_get_loading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dashboard_loading_cb (DoorstepPortalView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
doorstep_portal_view_class_init (DoorstepPortalViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_portal_view_dispose;
  object_class->get_property = doorstep_portal_view_get_property;

  /* Whether the dashboard, the page shown first, is loading. */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DOORSTEP_TYPE_SECTION_VIEW);
  g_type_ensure (DOORSTEP_TYPE_LAZY_SECTION);
  g_type_ensure (DOORSTEP_TYPE_DASHBOARD_PAGE);
  g_type_ensure (DOORSTEP_TYPE_QUOTES_PAGE);
  g_type_ensure (DOORSTEP_TYPE_JOBS_PAGE);
  g_type_ensure (DOORSTEP_TYPE_INVOICES_PAGE);
  g_type_ensure (DOORSTEP_TYPE_PAYMENTS_PAGE);
  g_type_ensure (DOORSTEP_TYPE_PLANS_PAGE);
  g_type_ensure (DOORSTEP_TYPE_DOCUMENTS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/doorstep-portal-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepPortalView, section_view);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPortalView, dashboard_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPortalView, quotes_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPortalView, jobs_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPortalView, invoices_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPortalView, plans_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPortalView, preview_revealer);
  gtk_widget_class_bind_template_child (widget_class, DoorstepPortalView, preview_label);

  gtk_widget_class_install_action (widget_class, "portal.request-work", NULL, request_work_action);
  gtk_widget_class_install_action (widget_class, "portal.request-quote", NULL, request_work_action);
  gtk_widget_class_install_action (widget_class, "portal.request-visit", "(ss)", request_work_action);
  gtk_widget_class_install_action (widget_class, "portal.open-quote", "s", open_action);
  gtk_widget_class_install_action (widget_class, "portal.open-job", "s", open_action);
  gtk_widget_class_install_action (widget_class, "portal.open-invoice", "s", open_action);
  gtk_widget_class_install_action (widget_class, "portal.open-plan", "s", open_action);
  gtk_widget_class_install_action (widget_class, "portal.open-equipment", "s", open_action);
  gtk_widget_class_install_action (widget_class, "portal.show-invoices", "s", show_invoices_action);
  gtk_widget_class_install_action (widget_class, "portal.payment-methods", NULL, payment_methods_action);
  gtk_widget_class_install_action (widget_class, "portal.pay", "s", pay_action);
}

static void
doorstep_portal_view_init (DoorstepPortalView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->preview_revealer, "notify::child-revealed", G_CALLBACK (preview_banner_revealed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->dashboard_page, "notify::loading", G_CALLBACK (dashboard_loading_cb), self,
                           G_CONNECT_SWAPPED);
  update (self);
}

/**
 * doorstep_portal_view_load:
 * @scope: whose portal: the signed-in customer's, or a customer staff
 *   preview (read-only)
 *
 * Shows the portal from its dashboard, and loads it; each other section
 * loads when first shown.
 */
void
doorstep_portal_view_load (DoorstepPortalView *self,
                           DoorstepScope      *scope)
{
  g_return_if_fail (DOORSTEP_IS_PORTAL_VIEW (self));
  g_return_if_fail (DOORSTEP_IS_SCOPE (scope));

  forget_scope (self);
  self->scope = g_object_ref (scope);
  self->session = g_object_ref (doorstep_session_from_scope (scope));
  g_signal_connect_swapped (self->scope, "notify::customer", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->session, "notify::company", G_CALLBACK (update), self);

  reveal_preview_banner (self, doorstep_scope_get_read_only (scope));
  doorstep_section_view_load (self->section_view, scope, "dashboard");
  update (self);
}

void
doorstep_portal_view_reload (DoorstepPortalView *self)
{
  g_return_if_fail (DOORSTEP_IS_PORTAL_VIEW (self));

  if (self->scope != NULL)
    doorstep_section_view_reload (self->section_view);
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

  doorstep_section_view_clear (self->section_view);
  forget_scope (self);
  reveal_preview_banner (self, FALSE);
  update (self);
}

/**
 * doorstep_portal_view_get_scope:
 *
 * Returns: (transfer none) (nullable): whose portal is shown
 */
DoorstepScope *
doorstep_portal_view_get_scope (DoorstepPortalView *self)
{
  g_return_val_if_fail (DOORSTEP_IS_PORTAL_VIEW (self), NULL);
  return self->scope;
}

/**
 * doorstep_portal_view_get_loading:
 *
 * Returns: whether the dashboard, the page the view shows first, is
 *   loading
 */
gboolean
doorstep_portal_view_get_loading (DoorstepPortalView *self)
{
  g_return_val_if_fail (DOORSTEP_IS_PORTAL_VIEW (self), FALSE);
  return doorstep_dashboard_page_get_loading (self->dashboard_page);
}
