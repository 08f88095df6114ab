/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-company-api.h"
#include "doorstep-contact.h"
#include "doorstep-dashboard-page.h"
#include "doorstep-equipment.h"
#include "doorstep-section.h"
#include "doorstep-session.h"
#include "doorstep-toast.h"

/* The portal's home: the business (hours, address, ways to reach it) and a
 * summary of what the customer has with it. The company (the session's)
 * and the dashboard (the scope's) load side by side; the page shows once
 * both are in, and tells the scope who its customer is. It says whether
 * it is loading (its "loading" property), so that a new window can wait
 * for it before it first shows. */

struct _DoorstepDashboardPage {
  AdwBin             parent_instance;

  /* template widgets */
  GtkStack          *state_stack;
  AdwStatusPage     *error_page;
  AdwAvatar         *company_avatar;
  GtkLabel          *company_name;
  GtkLabel          *open_label;
  GtkLabel          *address_label;
  GtkWidget         *request_button;
  GtkLabel          *quotes_value;
  GtkLabel          *quotes_caption;
  GtkLabel          *visit_value;
  GtkLabel          *visit_caption;
  GtkWidget         *visit_button;
  GtkLabel          *balance_value;
  GtkLabel          *balance_caption;
  GtkWidget         *balance_button;
  GtkWidget         *maintenance_card;
  GtkLabel          *maintenance_value;
  GtkLabel          *maintenance_caption;
  GtkWidget         *maintenance_button;
  GtkLabel          *requests_value;
  GtkLabel          *requests_caption;
  AdwPreferencesGroup *hours_group;
  AdwActionRow      *phone_row;
  AdwActionRow      *email_row;
  AdwActionRow      *address_row;

  /* owned references */
  DoorstepScope     *scope;
  GCancellable      *cancellable;
  DoorstepCompany   *company;
  DoorstepDashboard *dashboard;
  GtkWidget         *hours_rows[7];
  GError            *error;
  /* answers still to come; loading while above 0 */
  guint              pending;
};

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void section_iface_init (DoorstepSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DoorstepDashboardPage, doorstep_dashboard_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (DOORSTEP_TYPE_SECTION, section_iface_init))

static void
update_actions (DoorstepDashboardPage *self)
{
  gboolean has_company = self->company != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.call", has_company);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.message-sms", has_company);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.message-email", has_company);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.directions", has_company);
}

static void
show_company (DoorstepDashboardPage *self)
{
  DoorstepCompany *company = self->company;
  g_autoptr(GDateTime) now = g_date_time_new_now (doorstep_company_get_timezone (company));
  g_autofree char *status = NULL;
  const DoorstepHoursSpan *spans;
  gboolean is_open = FALSE;
  gsize n_spans;
  guint today = (guint) g_date_time_get_day_of_week (now);

  spans = doorstep_company_get_hours (company, &n_spans);
  status = doorstep_hours_describe (spans, n_spans, now, &is_open);

  adw_avatar_set_text (self->company_avatar, doorstep_company_get_name (company));
  gtk_label_set_text (self->company_name, doorstep_company_get_name (company));
  gtk_label_set_text (self->open_label, status);
  gtk_widget_remove_css_class (GTK_WIDGET (self->open_label), is_open ? "closed" : "open");
  gtk_widget_add_css_class (GTK_WIDGET (self->open_label), is_open ? "open" : "closed");
  gtk_label_set_text (self->address_label, doorstep_company_get_address (company));

  for (guint day = 1; day <= 7; day++)
    {
      GtkWidget *row = self->hours_rows[day - 1];
      GtkWidget *suffix = g_object_get_data (G_OBJECT (row), "hours-label");
      g_autoptr(GString) text = g_string_new (NULL);

      for (gsize i = 0; i < n_spans; i++)
        if (spans[i].weekday == day)
          {
            g_autofree char *opens = doorstep_clock_time_format (spans[i].opens);
            g_autofree char *closes = doorstep_clock_time_format (spans[i].closes);

            if (text->len > 0)
              g_string_append (text, ", ");
            /* Translators: opening and closing time */
            g_string_append_printf (text, _("%s – %s"), opens, closes);
          }
      gtk_label_set_text (GTK_LABEL (suffix), text->len > 0 ? text->str : _("Closed"));

      if (day == today)
        gtk_widget_add_css_class (row, "today");
      else
        gtk_widget_remove_css_class (row, "today");
    }

  /* One line each (measuring a row that may wrap anywhere costs its text
   * being shaped hundreds of times); cut short only when the window is
   * very narrow, and then whole in the tooltip (the address also at the
   * top of the page). */
  adw_action_row_set_subtitle (self->phone_row, doorstep_company_get_phone (company));
  adw_action_row_set_subtitle (self->email_row, doorstep_company_get_email (company));
  adw_action_row_set_subtitle (self->address_row, doorstep_company_get_address_line (company));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->phone_row), doorstep_company_get_phone (company));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->email_row), doorstep_company_get_email (company));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->address_row), doorstep_company_get_address_line (company));
}

static void
show_dashboard (DoorstepDashboardPage *self)
{
  DoorstepDashboard *dashboard = self->dashboard;
  const char *currency = doorstep_dashboard_get_currency (dashboard);
  DoorstepVisit *visit = doorstep_dashboard_get_next_visit (dashboard);
  guint quotes = (guint) doorstep_dashboard_get_open_quotes (dashboard);
  guint requests = (guint) doorstep_dashboard_get_open_requests (dashboard);
  gint64 balance = doorstep_dashboard_get_balance_due (dashboard);
  g_autofree char *quotes_value = g_strdup_printf ("%u", quotes);
  g_autofree char *requests_value = g_strdup_printf ("%u", requests);
  g_autofree char *balance_value = doorstep_money_format (balance, currency);

  gtk_label_set_text (self->quotes_value, quotes_value);
  if (quotes == 0)
    gtk_label_set_text (self->quotes_caption, _("Nothing is waiting for your approval."));
  else
    {
      g_autofree char *total = doorstep_money_format (doorstep_dashboard_get_open_quotes_total (dashboard), currency);
      g_autofree char *caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u quote for %s is waiting for your approval.",
                                                               "%u quotes for %s are waiting for your approval.",
                                                               quotes),
                                                  quotes, total);
      gtk_label_set_text (self->quotes_caption, caption);
    }

  gtk_widget_set_visible (self->visit_button, visit != NULL);
  if (visit == NULL)
    {
      gtk_label_set_text (self->visit_value, _("None"));
      gtk_label_set_text (self->visit_caption, _("No visit is scheduled. Request a job to book one."));
    }
  else
    {
      /* In the business's time zone, where the visit happens. */
      GTimeZone *tz = doorstep_company_get_timezone (self->company);
      g_autoptr(GDateTime) local_start = g_date_time_to_timezone (doorstep_visit_get_starts_at (visit), tz);
      g_autoptr(GDateTime) local_end = g_date_time_to_timezone (doorstep_visit_get_ends_at (visit), tz);
      const char *title = doorstep_visit_get_title (visit);
      const char *technician = doorstep_visit_get_technician_name (visit);
      g_autofree char *day = g_date_time_format (local_start, "%a %-d %b");
      g_autofree char *from = g_date_time_format (local_start, "%H:%M");
      g_autofree char *to = g_date_time_format (local_end, "%H:%M");
      g_autofree char *caption = NULL;

      if (technician != NULL)
        /* Translators: a job title, a time range, and who is coming */
        caption = g_strdup_printf (_("%s, %s – %s, with %s"), title, from, to, technician);
      else
        caption = g_strdup_printf (_("%s, %s – %s"), title, from, to);
      gtk_label_set_text (self->visit_value, day);
      gtk_label_set_text (self->visit_caption, caption);
    }

  gtk_label_set_text (self->balance_value, balance_value);
  if (balance <= 0)
    gtk_label_set_text (self->balance_caption, _("You’re all paid up."));
  else if (doorstep_dashboard_get_overdue_count (dashboard) > 0)
    gtk_label_set_text (self->balance_caption, _("Some of this is overdue."));
  else
    gtk_label_set_text (self->balance_caption, _("Due on your open invoices."));
  /* Straight to the overdue ones when there are any. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->balance_button), "s",
                                    doorstep_dashboard_get_overdue_count (dashboard) > 0 ? "overdue" : "open");

  /* Equipment due for maintenance, naming the first; hidden when none. */
  {
    gint64 due = doorstep_dashboard_get_maintenance_due (dashboard);
    const char *id = doorstep_dashboard_get_maintenance_id (dashboard);

    gtk_widget_set_visible (self->maintenance_card, due > 0 && id != NULL);
    if (due > 0 && id != NULL)
      {
        g_autofree char *when = doorstep_due_label_for_days (doorstep_dashboard_get_maintenance_days (dashboard));
        /* Translators: how many items need servicing, "2 items" */
        g_autofree char *value = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item", "%u items", (gulong) due),
                                                  (guint) due);
        const char *where = doorstep_dashboard_get_maintenance_property (dashboard);
        /* Translators: the item due first, its property and when: "Water heater at Home: Overdue" */
        g_autofree char *caption = where != NULL
                                   ? g_strdup_printf (_("%s at %s: %s"), doorstep_dashboard_get_maintenance_type (dashboard),
                                                      where, when)
                                   : g_strdup_printf (_("%s: %s"), doorstep_dashboard_get_maintenance_type (dashboard),
                                                      when);

        gtk_label_set_text (self->maintenance_value, value);
        gtk_label_set_text (self->maintenance_caption, caption);
        gtk_actionable_set_action_target (GTK_ACTIONABLE (self->maintenance_button), "s", id);
        gtk_actionable_set_action_name (GTK_ACTIONABLE (self->maintenance_button), "portal.open-equipment");
      }
  }

  gtk_label_set_text (self->requests_value, requests_value);
  gtk_label_set_text (self->requests_caption,
                      requests == 0 ? _("Use Request a Job or Quote to ask for work.")
                                    : g_dngettext (GETTEXT_PACKAGE,
                                                   "Your request is with the team.",
                                                   "Your requests are with the team.",
                                                   requests));
}

static void
finish_loading (DoorstepDashboardPage *self)
{
  if (--self->pending > 0)
    return;

  if (self->error != NULL)
    {
      adw_status_page_set_description (self->error_page, self->error->message);
      gtk_stack_set_visible_child_name (self->state_stack, "error");
    }
  else
    {
      doorstep_scope_set_customer (self->scope, doorstep_dashboard_get_customer (self->dashboard));
      show_company (self);
      show_dashboard (self);
      gtk_stack_set_visible_child_name (self->state_stack, "content");
    }

  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
keep_first_error (DoorstepDashboardPage *self,
                  GError               **error)
{
  if (self->error == NULL)
    self->error = g_steal_pointer (error);
}

static void
company_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  DoorstepDashboardPage *self;
  g_autoptr(GError) error = NULL;
  DoorstepCompany *company;

  company = doorstep_session_load_company_finish (DOORSTEP_SESSION (source_object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DOORSTEP_DASHBOARD_PAGE (user_data);
  if (company == NULL)
    keep_first_error (self, &error);
  else
    {
      g_clear_object (&self->company);
      self->company = company;
    }
  finish_loading (self);
}

static void
dashboard_cb (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  DoorstepDashboardPage *self;
  g_autoptr(GError) error = NULL;
  DoorstepDashboard *dashboard;

  dashboard = doorstep_company_api_get_dashboard_finish (DOORSTEP_SCOPE (source_object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DOORSTEP_DASHBOARD_PAGE (user_data);
  if (dashboard == NULL)
    keep_first_error (self, &error);
  else
    {
      g_clear_object (&self->dashboard);
      self->dashboard = dashboard;
    }
  finish_loading (self);
}

static void
start_loading (DoorstepDashboardPage *self,
               gboolean               show_spinner)
{
  gboolean was_loading;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_error (&self->error);
  self->cancellable = g_cancellable_new ();
  was_loading = self->pending > 0;
  self->pending = 2;
  if (!was_loading)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);

  if (show_spinner)
    gtk_stack_set_visible_child_name (self->state_stack, "loading");

  doorstep_session_load_company_async (doorstep_session_from_scope (self->scope), self->cancellable,
                                       company_cb, self);
  doorstep_company_api_get_dashboard_async (self->scope, self->cancellable, dashboard_cb, self);
}

static void
retry_cb (DoorstepDashboardPage *self)
{
  start_loading (self, TRUE);
}

static void
open_uri (DoorstepDashboardPage *self,
          const char            *uri,
          const char            *failure)
{
  doorstep_show_uri (GTK_WIDGET (self), uri, failure, self->cancellable);
}

/* The next visit's job, on the Jobs page. */
static void
open_visit_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DoorstepDashboardPage *self = DOORSTEP_DASHBOARD_PAGE (widget);
  DoorstepVisit *visit = self->dashboard != NULL ? doorstep_dashboard_get_next_visit (self->dashboard) : NULL;

  if (visit != NULL)
    gtk_widget_activate_action (widget, "portal.open-job", "s", doorstep_visit_get_job_id (visit));
}

static void
call_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepDashboardPage *self = DOORSTEP_DASHBOARD_PAGE (widget);
  const char *phone = doorstep_company_get_phone (self->company);
  g_autofree char *uri = doorstep_contact_tel_uri (phone);
  g_autofree char *failure = g_strdup_printf (_("No app on this computer can make calls. The number is %s."), phone);

  open_uri (self, uri, failure);
}

static void
message_sms_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DoorstepDashboardPage *self = DOORSTEP_DASHBOARD_PAGE (widget);
  const char *phone = doorstep_company_get_sms_phone (self->company);
  g_autofree char *uri = doorstep_contact_sms_uri (phone);
  g_autofree char *failure = g_strdup_printf (_("No app on this computer can send text messages. The number is %s."), phone);

  open_uri (self, uri, failure);
}

static void
message_email_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DoorstepDashboardPage *self = DOORSTEP_DASHBOARD_PAGE (widget);
  const char *email = doorstep_company_get_email (self->company);
  g_autofree char *uri = doorstep_contact_mailto_uri (email);
  g_autofree char *failure = g_strdup_printf (_("No email app is set up on this computer. The address is %s."), email);

  open_uri (self, uri, failure);
}

static void
directions_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DoorstepDashboardPage *self = DOORSTEP_DASHBOARD_PAGE (widget);
  g_autofree char *uri = doorstep_contact_directions_uri (doorstep_company_get_address_line (self->company));

  open_uri (self, uri, _("No app on this computer can show maps."));
}

static void
create_hours_rows (DoorstepDashboardPage *self)
{
  /* 2024-01-01 was a Monday: format weekday names from that week. */
  for (guint day = 1; day <= 7; day++)
    {
      g_autoptr(GDateTime) date = g_date_time_new_utc (2024, 1, (int) day, 12, 0, 0);
      g_autofree char *name = g_date_time_format (date, "%A");
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *label = gtk_label_new (NULL);

      gtk_widget_add_css_class (label, "numeric");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      g_object_set_data (G_OBJECT (row), "hours-label", label);
      adw_preferences_group_add (self->hours_group, row);
      self->hours_rows[day - 1] = row;
    }
}

/* DoorstepSection */

static void
doorstep_dashboard_page_load (DoorstepSection *section,
                              DoorstepScope   *scope)
{
  DoorstepDashboardPage *self = DOORSTEP_DASHBOARD_PAGE (section);
  gboolean read_only = doorstep_scope_get_read_only (scope);

  doorstep_section_clear (section);
  g_set_object (&self->scope, scope);
  gtk_widget_set_sensitive (self->request_button, !read_only);
  gtk_widget_set_tooltip_text (self->request_button,
                               read_only ? _("Read-only preview: only the customer can send requests.") : NULL);
  start_loading (self, TRUE);
}

static void
doorstep_dashboard_page_reload (DoorstepSection *section)
{
  DoorstepDashboardPage *self = DOORSTEP_DASHBOARD_PAGE (section);

  if (self->scope != NULL)
    start_loading (self, self->company == NULL || self->dashboard == NULL);
}

static void
doorstep_dashboard_page_clear (DoorstepSection *section)
{
  DoorstepDashboardPage *self = DOORSTEP_DASHBOARD_PAGE (section);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->scope);
  g_clear_object (&self->company);
  g_clear_object (&self->dashboard);
  g_clear_error (&self->error);
  gtk_stack_set_visible_child_name (self->state_stack, "loading");
  update_actions (self);
  if (self->pending > 0)
    {
      self->pending = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
    }
}

static void
section_iface_init (DoorstepSectionInterface *iface)
{
  iface->load = doorstep_dashboard_page_load;
  iface->reload = doorstep_dashboard_page_reload;
  iface->clear = doorstep_dashboard_page_clear;
}

/* GObject */

static void
doorstep_dashboard_page_dispose (GObject *object)
{
  DoorstepDashboardPage *self = DOORSTEP_DASHBOARD_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->scope);
  g_clear_object (&self->company);
  g_clear_object (&self->dashboard);
  g_clear_error (&self->error);

  /* No gtk_widget_dispose_template (): the template's one child is the
   * AdwBin's child, which AdwBin unparents itself; unparenting it here
   * too leaves AdwBin a dangling pointer. */

  G_OBJECT_CLASS (doorstep_dashboard_page_parent_class)->dispose (object);
}

static void
doorstep_dashboard_page_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  DoorstepDashboardPage *self = DOORSTEP_DASHBOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, doorstep_dashboard_page_get_loading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_dashboard_page_class_init (DoorstepDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_dashboard_page_dispose;
  object_class->get_property = doorstep_dashboard_page_get_property;

  /* Whether the company or the dashboard is still to come. */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/dashboard/doorstep-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepDashboardPage, state_stack);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDashboardPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDashboardPage, company_avatar);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDashboardPage, company_name);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDashboardPage, open_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDashboardPage, address_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDashboardPage, request_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDashboardPage, quotes_value);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDashboardPage, quotes_caption);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDashboardPage, visit_value);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDashboardPage, visit_caption);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDashboardPage, visit_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDashboardPage, balance_value);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDashboardPage, balance_caption);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDashboardPage, balance_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDashboardPage, maintenance_card);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDashboardPage, maintenance_value);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDashboardPage, maintenance_caption);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDashboardPage, maintenance_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDashboardPage, requests_value);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDashboardPage, requests_caption);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDashboardPage, hours_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDashboardPage, phone_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDashboardPage, email_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepDashboardPage, address_row);
  gtk_widget_class_bind_template_callback (widget_class, retry_cb);

  gtk_widget_class_install_action (widget_class, "dashboard.call", NULL, call_action);
  gtk_widget_class_install_action (widget_class, "dashboard.open-visit", NULL, open_visit_action);
  gtk_widget_class_install_action (widget_class, "dashboard.message-sms", NULL, message_sms_action);
  gtk_widget_class_install_action (widget_class, "dashboard.message-email", NULL, message_email_action);
  gtk_widget_class_install_action (widget_class, "dashboard.directions", NULL, directions_action);
}

static void
doorstep_dashboard_page_init (DoorstepDashboardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  create_hours_rows (self);
  update_actions (self);
}

/**
 * doorstep_dashboard_page_get_loading:
 *
 * Returns: whether the page is waiting for its company or its dashboard
 */
gboolean
doorstep_dashboard_page_get_loading (DoorstepDashboardPage *self)
{
  g_return_val_if_fail (DOORSTEP_IS_DASHBOARD_PAGE (self), FALSE);
  return self->pending > 0;
}
