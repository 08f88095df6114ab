/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "doorstep-calendar-feed-dialog.h"
#include "doorstep-jobs-api.h"
#include "doorstep-secret-store.h"
#include "doorstep-session.h"
#include "doorstep-time.h"
#include "doorstep-toast.h"

/* The private calendar feed: a webcal:// address any calendar app can
 * subscribe to, which follows reschedules and cancellations. The server
 * keeps only a hash of it and shows it once, when it is made; this
 * computer keeps it in the keyring (with the time it was made, to know it
 * from one made since elsewhere), so the customer can copy it again.
 *
 *   GET /calendar-feed ─▶ none ──────── Create ─┐
 *                    └─▶ active ─┬─ kept here ──▶ known: Copy, Open, Reset
 *                                └─ not kept ───▶ unknown: Reset
 *   POST /calendar-feed (Create, Reset) ─▶ known, and kept
 *
 * Staff previewing a customer see only whether there is one. */

struct _DoorstepCalendarFeedDialog {
  AdwWindow        parent_instance;

  /* template widgets */
  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  AdwStatusPage   *error_page;
  GtkLabel        *intro_label;
  GtkWidget       *address_box;
  GtkLabel        *url_label;
  GtkLabel        *note_label;
  GtkWidget       *create_button;
  GtkWidget       *reset_button;

  DoorstepScope   *scope;
  GCancellable    *cancellable;
  GDateTime       *created_at;   /* of the feed the server has, or NULL */
  char            *url;          /* its address, when known here */
  const char      *view;         /* "loading", "error", "none", "known", "unknown" */
  gboolean         busy;
};

G_DEFINE_FINAL_TYPE (DoorstepCalendarFeedDialog, doorstep_calendar_feed_dialog, ADW_TYPE_WINDOW)

static const char *
get_server (DoorstepCalendarFeedDialog *self)
{
  return doorstep_api_client_get_base_url (doorstep_scope_get_client (self->scope));
}

static const char *
get_account (DoorstepCalendarFeedDialog *self)
{
  return doorstep_session_get_account (doorstep_session_from_scope (self->scope));
}

static gboolean
is_customer (DoorstepCalendarFeedDialog *self)
{
  return !doorstep_scope_get_read_only (self->scope);
}

static void
update_actions (DoorstepCalendarFeedDialog *self)
{
  gboolean known = g_strcmp0 (self->view, "known") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feed.copy", known);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feed.open", known);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feed.create",
                                 is_customer (self) && !self->busy && g_strcmp0 (self->view, "none") == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feed.reset",
                                 is_customer (self) && !self->busy && (known || g_strcmp0 (self->view, "unknown") == 0));
}

static void
show (DoorstepCalendarFeedDialog *self,
      const char                 *view)
{
  g_autofree char *day = self->created_at != NULL ? doorstep_date_time_format_day (self->created_at) : NULL;
  g_autofree char *intro = NULL;
  const char *note = NULL;
  gboolean customer = is_customer (self);

  self->view = view;
  if (g_str_equal (view, "loading") || g_str_equal (view, "error"))
    {
      gtk_stack_set_visible_child_name (self->stack, view);
      update_actions (self);
      return;
    }

  if (!customer)
    intro = day != NULL
            /* Translators: staff see a customer's calendar feed; the day it was made */
            ? g_strdup_printf (_("This customer subscribed a calendar to their visits on %s. Only they can see or reset its address."), day)
            : g_strdup (_("This customer hasn’t subscribed a calendar to their visits."));
  else if (g_str_equal (view, "none"))
    {
      intro = g_strdup (_("Subscribe once and your calendar app keeps your visits up to date, "
                          "with every new time and cancellation."));
      note = _("Doorstep makes a private address that only your calendar needs to know.");
    }
  else if (g_str_equal (view, "known"))
    {
      intro = g_strdup (_("Add this address to your calendar app as a subscription "
                          "(“New Calendar Subscription” or “From URL”)."));
      note = _("Anyone with this address can see your visits. If it gets out, reset it: "
               "the old one stops working at once.");
    }
  else
    {
      /* Translators: the day the customer made their calendar address */
      intro = g_strdup_printf (_("You made a calendar address on %s. For your privacy it is shown only once, "
                                 "and this computer doesn’t have it."), day);
      note = _("Calendars already subscribed keep working. To subscribe another one, reset the address "
               "and subscribe your calendars again with the new one.");
    }

  gtk_label_set_text (self->intro_label, intro);
  gtk_label_set_text (self->note_label, note != NULL ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), note != NULL);
  gtk_label_set_text (self->url_label, self->url != NULL ? self->url : "");
  gtk_widget_set_visible (self->address_box, customer && g_str_equal (view, "known"));
  gtk_widget_set_visible (self->create_button, customer && g_str_equal (view, "none"));
  gtk_widget_set_visible (self->reset_button, customer && !g_str_equal (view, "none"));
  /* The way on when the address is lost here; a quiet second choice
   * beside Copy when it is not. */
  if (g_str_equal (view, "known"))
    {
      gtk_widget_remove_css_class (self->reset_button, "pill");
      gtk_widget_remove_css_class (self->reset_button, "destructive-action");
      gtk_widget_add_css_class (self->reset_button, "flat");
      gtk_widget_add_css_class (self->reset_button, "error");
    }
  else
    {
      gtk_widget_remove_css_class (self->reset_button, "flat");
      gtk_widget_remove_css_class (self->reset_button, "error");
      gtk_widget_add_css_class (self->reset_button, "pill");
      gtk_widget_add_css_class (self->reset_button, "destructive-action");
    }
  gtk_stack_set_visible_child_name (self->stack, "content");
  update_actions (self);
}

static void
show_error (DoorstepCalendarFeedDialog *self,
            const char                 *title,
            const GError               *error)
{
  adw_status_page_set_title (self->error_page, title);
  adw_status_page_set_description (self->error_page, error->message);
  show (self, "error");
}

/* What the keyring holds: when the feed was made, a space, its address. */
static gboolean
parse_kept (const char  *kept,
            GDateTime  **made,
            char       **url)
{
  const char *space = kept != NULL ? strchr (kept, ' ') : NULL;
  g_autofree char *stamp = space != NULL ? g_strndup (kept, space - kept) : NULL;

  *made = stamp != NULL ? doorstep_timestamp_parse (stamp) : NULL;
  *url = *made != NULL && (g_str_has_prefix (space + 1, "webcal://") || g_str_has_prefix (space + 1, "webcals://"))
         ? g_strdup (space + 1) : NULL;
  if (*url == NULL)
    g_clear_pointer (made, g_date_time_unref);
  return *url != NULL;
}

static void
kept_cb (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  DoorstepCalendarFeedDialog *self;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = doorstep_secret_store_lookup_finish (result, &error);
  g_autoptr(GDateTime) made = NULL;
  g_autofree char *url = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = DOORSTEP_CALENDAR_FEED_DIALOG (user_data);
  if (error != NULL)
    g_message ("Could not read the kept calendar address: %s", error->message);

  /* One made since, here or elsewhere, revoked the kept one. */
  if (parse_kept (kept, &made, &url) && g_date_time_to_unix (made) == g_date_time_to_unix (self->created_at))
    {
      g_free (self->url);
      self->url = g_steal_pointer (&url);
      show (self, "known");
    }
  else
    show (self, "unknown");
}

static void
feed_loaded_cb (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  DoorstepCalendarFeedDialog *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepCalendarFeed) feed = doorstep_jobs_api_get_feed_finish (DOORSTEP_SCOPE (source_object),
                                                                            result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = DOORSTEP_CALENDAR_FEED_DIALOG (user_data);
  if (feed == NULL)
    {
      show_error (self, _("The Calendar Address Didn’t Load"), error);
      return;
    }

  g_clear_pointer (&self->created_at, g_date_time_unref);
  g_clear_pointer (&self->url, g_free);
  if (!doorstep_calendar_feed_get_active (feed))
    show (self, "none");
  else
    {
      self->created_at = g_date_time_ref (doorstep_calendar_feed_get_created_at (feed));
      if (is_customer (self) && get_account (self) != NULL && get_server (self) != NULL)
        doorstep_secret_store_lookup_async (DOORSTEP_SECRET_CALENDAR_FEED, get_server (self), get_account (self),
                                            self->cancellable, kept_cb, self);
      else
        show (self, "unknown");
    }
}

static void
load (DoorstepCalendarFeedDialog *self)
{
  show (self, "loading");
  doorstep_jobs_api_get_feed_async (self->scope, self->cancellable, feed_loaded_cb, self);
}

static void
kept_saved_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(DoorstepCalendarFeedDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (doorstep_secret_store_save_finish (result, &error))
    return;
  g_message ("Could not keep the calendar address: %s", error->message);
  if (self->cancellable != NULL)  /* not closed meanwhile */
    adw_toast_overlay_add_toast (self->toast_overlay,
                                 adw_toast_new (_("This computer can’t keep the address, so copy it now: "
                                                  "it won’t be shown again.")));
}

static void
reset_cb (GObject      *source_object,
          GAsyncResult *result,
          gpointer      user_data)
{
  DoorstepCalendarFeedDialog *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepCalendarFeed) feed = doorstep_jobs_api_reset_feed_finish (DOORSTEP_SCOPE (source_object),
                                                                              result, &error);
  g_autofree char *url = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = DOORSTEP_CALENDAR_FEED_DIALOG (user_data);
  self->busy = FALSE;
  if (feed == NULL || (url = doorstep_calendar_feed_dup_url (feed, get_server (self))) == NULL)
    {
      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                             _("The server’s address can’t be made into a calendar address."));
      show_error (self, _("No New Address Was Made"), error);
      return;
    }

  g_clear_pointer (&self->created_at, g_date_time_unref);
  self->created_at = g_date_time_ref (doorstep_calendar_feed_get_created_at (feed));
  g_free (self->url);
  self->url = g_steal_pointer (&url);
  show (self, "known");

  /* Kept whether or not the dialog is still open when the keyring answers. */
  if (get_account (self) != NULL)
    {
      g_autofree char *stamp = doorstep_timestamp_format (self->created_at);
      g_autofree char *kept = g_strdup_printf ("%s %s", stamp, self->url);

      doorstep_secret_store_save_async (DOORSTEP_SECRET_CALENDAR_FEED, get_server (self), get_account (self), kept,
                                        NULL, kept_saved_cb, g_object_ref (self));
    }
}

static void
make_address (DoorstepCalendarFeedDialog *self)
{
  /* Staff cannot (the server refuses them too), nor a second one at once. */
  if (!is_customer (self) || self->busy)
    return;
  self->busy = TRUE;
  update_actions (self);
  doorstep_jobs_api_reset_feed_async (self->scope, self->cancellable, reset_cb, self);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  make_address (DOORSTEP_CALENDAR_FEED_DIALOG (widget));
}

static void
reset_response_cb (AdwMessageDialog           *dialog,
                   const char                 *response,
                   DoorstepCalendarFeedDialog *self)
{
  if (g_str_equal (response, "reset"))
    make_address (self);
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DoorstepCalendarFeedDialog *self = DOORSTEP_CALENDAR_FEED_DIALOG (widget);
  GtkWidget *dialog;

  if (!is_customer (self) || self->busy)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Reset the Calendar Address?"),
                                              _("Calendars subscribed to the current address stop receiving your "
                                                "visits at once. You’ll subscribe them again with the new one."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reset", _("_Reset Address"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reset", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (reset_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepCalendarFeedDialog *self = DOORSTEP_CALENDAR_FEED_DIALOG (widget);

  if (self->url == NULL)
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), self->url);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Address copied")));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepCalendarFeedDialog *self = DOORSTEP_CALENDAR_FEED_DIALOG (widget);

  doorstep_show_uri (widget, self->url,
                     _("No app on this computer subscribes to calendars. Copy the address and add it "
                       "in your calendar app."),
                     self->cancellable);
}

static void
retry_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  load (DOORSTEP_CALENDAR_FEED_DIALOG (widget));
}

static void
doorstep_calendar_feed_dialog_dispose (GObject *object)
{
  DoorstepCalendarFeedDialog *self = DOORSTEP_CALENDAR_FEED_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->scope);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOORSTEP_TYPE_CALENDAR_FEED_DIALOG);
  G_OBJECT_CLASS (doorstep_calendar_feed_dialog_parent_class)->dispose (object);
}

static void
doorstep_calendar_feed_dialog_finalize (GObject *object)
{
  DoorstepCalendarFeedDialog *self = DOORSTEP_CALENDAR_FEED_DIALOG (object);

  g_clear_pointer (&self->created_at, g_date_time_unref);
  g_free (self->url);
  G_OBJECT_CLASS (doorstep_calendar_feed_dialog_parent_class)->finalize (object);
}

static void
doorstep_calendar_feed_dialog_class_init (DoorstepCalendarFeedDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_calendar_feed_dialog_dispose;
  object_class->finalize = doorstep_calendar_feed_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/jobs/doorstep-calendar-feed-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepCalendarFeedDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCalendarFeedDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCalendarFeedDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCalendarFeedDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCalendarFeedDialog, address_box);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCalendarFeedDialog, url_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCalendarFeedDialog, note_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCalendarFeedDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCalendarFeedDialog, reset_button);
  gtk_widget_class_install_action (widget_class, "feed.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "feed.reset", NULL, reset_action);
  gtk_widget_class_install_action (widget_class, "feed.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "feed.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "feed.retry", NULL, retry_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
doorstep_calendar_feed_dialog_init (DoorstepCalendarFeedDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->view = "loading";
}

/* Shows the calendar feed of @scope's customer, loading it. */
GtkWidget *
doorstep_calendar_feed_dialog_new (DoorstepScope *scope)
{
  DoorstepCalendarFeedDialog *self;

  g_return_val_if_fail (DOORSTEP_IS_SCOPE (scope), NULL);

  self = g_object_new (DOORSTEP_TYPE_CALENDAR_FEED_DIALOG, NULL);
  self->scope = g_object_ref (scope);
  load (self);
  return GTK_WIDGET (self);
}

/**
 * doorstep_calendar_feed_dialog_get_url:
 *
 * Returns: (nullable): the address shown, once known
 */
const char *
doorstep_calendar_feed_dialog_get_url (DoorstepCalendarFeedDialog *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CALENDAR_FEED_DIALOG (self), NULL);
  return g_str_equal (self->view, "known") ? self->url : NULL;
}

/* "loading", "error", "none", "known" or "unknown" */
const char *
doorstep_calendar_feed_dialog_get_view (DoorstepCalendarFeedDialog *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CALENDAR_FEED_DIALOG (self), NULL);
  return self->busy ? "busy" : self->view;
}
