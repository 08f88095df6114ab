/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-jobs-api.h"
#include "doorstep-reschedule-dialog.h"

#define N_CHOICES 3
#define N_DAYS 28

/* Parts of a day a customer can offer, as the business books them. */
static const struct {
  const char *label;
  int         from;
  int         to;
} parts[] = {
  { N_("Morning, 08:00–12:00"), 8, 12 },
  { N_("Afternoon, 12:00–16:00"), 12, 16 },
  { N_("Evening, 16:00–19:00"), 16, 19 },
};

struct _DoorstepRescheduleDialog {
  AdwWindow       parent_instance;

  DoorstepScope  *scope;
  DoorstepVisit  *visit;
  GCancellable   *cancellable;
  char           *idempotency_key;
  char           *sent;            /* what the key was used for */

  GtkWidget      *send_button;
  GtkRevealer    *error_revealer;
  GtkLabel       *error_label;
  AdwExpanderRow *extra[N_CHOICES];  /* [0] unused: the first choice is always on */
  AdwComboRow    *days[N_CHOICES];
  AdwComboRow    *times[N_CHOICES];
  AdwEntryRow    *note_row;
  GDateTime      *first_day;        /* tomorrow, midnight, in the business's zone */
};

G_DEFINE_FINAL_TYPE (DoorstepRescheduleDialog, doorstep_reschedule_dialog, ADW_TYPE_WINDOW)

enum {
  REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
choice_on (DoorstepRescheduleDialog *self,
           guint                     i)
{
  return i == 0 || adw_expander_row_get_enable_expansion (self->extra[i]);
}

/* The window of choice @i, in the business's zone. */
static void
choice_window (DoorstepRescheduleDialog  *self,
               guint                      i,
               GDateTime                **start,
               GDateTime                **end)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (self->first_day, (int) adw_combo_row_get_selected (self->days[i]));
  guint part = adw_combo_row_get_selected (self->times[i]);

  *start = g_date_time_add_hours (day, parts[part].from);
  *end = g_date_time_add_hours (day, parts[part].to);
}

/* What is being sent, to know a retry of the same from a new request. */
static char *
describe_request (DoorstepRescheduleDialog *self)
{
  GString *text = g_string_new (gtk_editable_get_text (GTK_EDITABLE (self->note_row)));

  for (guint i = 0; i < N_CHOICES; i++)
    if (choice_on (self, i))
      g_string_append_printf (text, "|%u,%u", adw_combo_row_get_selected (self->days[i]),
                              adw_combo_row_get_selected (self->times[i]));
  return g_string_free (text, FALSE);
}

static void
show_error (DoorstepRescheduleDialog *self,
            const char               *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
reschedule_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  DoorstepRescheduleDialog *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DoorstepVisit) visit = doorstep_jobs_api_reschedule_finish (DOORSTEP_SCOPE (source_object), result,
                                                                        &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = DOORSTEP_RESCHEDULE_DIALOG (user_data);
  gtk_widget_set_sensitive (self->send_button, TRUE);
  if (visit == NULL)
    {
      show_error (self, error->message);
      return;
    }
  g_signal_emit (self, signals[REQUESTED], 0, visit);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
send_cb (DoorstepRescheduleDialog *self)
{
  g_autoptr(GPtrArray) starts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  g_autoptr(GPtrArray) ends = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  g_autofree char *request = describe_request (self);

  for (guint i = 0; i < N_CHOICES; i++)
    if (choice_on (self, i))
      {
        GDateTime *start, *end;

        choice_window (self, i, &start, &end);
        g_ptr_array_add (starts, start);
        g_ptr_array_add (ends, end);
      }

  /* A retry of the very same request keeps its key, so it acts once. */
  if (g_strcmp0 (request, self->sent) != 0)
    {
      g_free (self->idempotency_key);
      self->idempotency_key = g_uuid_string_random ();
      g_free (self->sent);
      self->sent = g_steal_pointer (&request);
    }
  show_error (self, NULL);
  gtk_widget_set_sensitive (self->send_button, FALSE);
  doorstep_jobs_api_reschedule_async (self->scope, doorstep_visit_get_id (self->visit),
                                      (GDateTime * const *) starts->pdata, (GDateTime * const *) ends->pdata,
                                      starts->len, gtk_editable_get_text (GTK_EDITABLE (self->note_row)),
                                      self->idempotency_key, self->cancellable, reschedule_cb, self);
}

static void
send_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepRescheduleDialog *self = DOORSTEP_RESCHEDULE_DIALOG (widget);

  if (gtk_widget_get_sensitive (self->send_button))
    send_cb (self);
}

static GListModel *
new_days_model (DoorstepRescheduleDialog *self)
{
  GtkStringList *days = gtk_string_list_new (NULL);

  for (int i = 0; i < N_DAYS; i++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (self->first_day, i);
      g_autofree char *label = g_date_time_format (day, "%A %-d %b");

      gtk_string_list_append (days, g_strstrip (label));
    }
  return G_LIST_MODEL (days);
}

static GListModel *
new_times_model (void)
{
  GtkStringList *times = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    gtk_string_list_append (times, _(parts[i].label));
  return G_LIST_MODEL (times);
}

static void
add_choice_rows (DoorstepRescheduleDialog *self,
                 guint                     i,
                 GtkWidget                *parent)
{
  g_autoptr(GListModel) days = new_days_model (self);
  g_autoptr(GListModel) times = new_times_model ();

  self->days[i] = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->days[i]), _("Day"));
  adw_combo_row_set_model (self->days[i], days);
  /* Each choice a day later than the one before, to start from. */
  adw_combo_row_set_selected (self->days[i], i);
  self->times[i] = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->times[i]), _("Time"));
  adw_combo_row_set_model (self->times[i], times);

  if (ADW_IS_EXPANDER_ROW (parent))
    {
      adw_expander_row_add_row (ADW_EXPANDER_ROW (parent), GTK_WIDGET (self->days[i]));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (parent), GTK_WIDGET (self->times[i]));
    }
  else
    {
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (parent), GTK_WIDGET (self->days[i]));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (parent), GTK_WIDGET (self->times[i]));
    }
}

static void
build (DoorstepRescheduleDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (doorstep_visit_get_time_zone (self->visit));
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autofree char *current = doorstep_visit_dup_window (self->visit);
  g_autofree char *description = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *first = adw_preferences_group_new ();
  GtkWidget *extras = adw_preferences_group_new ();
  GtkWidget *note_group = adw_preferences_group_new ();

  self->first_day = g_date_time_new (doorstep_visit_get_time_zone (self->visit), g_date_time_get_year (tomorrow),
                                     g_date_time_get_month (tomorrow), g_date_time_get_day_of_month (tomorrow),
                                     0, 0, 0);

  gtk_window_set_title (GTK_WINDOW (self), _("Request a New Time"));
  gtk_window_set_default_size (GTK_WINDOW (self), 480, 640);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->send_button = gtk_button_new_with_mnemonic (_("_Send Request"));
  gtk_widget_add_css_class (self->send_button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->send_button), "reschedule.send");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->send_button);
  gtk_box_append (GTK_BOX (box), header);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_widget_set_margin_top (GTK_WIDGET (self->error_label), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (self->error_label), 18);
  gtk_widget_set_margin_end (GTK_WIDGET (self->error_label), 18);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->error_label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("What went wrong"), -1);
  self->error_revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_child (self->error_revealer, GTK_WIDGET (self->error_label));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_revealer));

  /* Translators: %s is the visit's current day and window */
  description = g_strdup_printf (_("The visit is now on %s. Offer up to three times that suit you; "
                                   "the team will confirm one, and the visit stays as it is until then."),
                                 current);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (first), description);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (first), _("First Choice"));
  add_choice_rows (self, 0, first);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (first));

  for (guint i = 1; i < N_CHOICES; i++)
    {
      self->extra[i] = ADW_EXPANDER_ROW (adw_expander_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->extra[i]),
                                     i == 1 ? _("Second Choice") : _("Third Choice"));
      adw_expander_row_set_show_enable_switch (self->extra[i], TRUE);
      adw_expander_row_set_enable_expansion (self->extra[i], FALSE);
      add_choice_rows (self, i, GTK_WIDGET (self->extra[i]));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (extras), GTK_WIDGET (self->extra[i]));
    }
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (extras));

  self->note_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->note_row), _("Note for the team (optional)"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (note_group), GTK_WIDGET (self->note_row));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (note_group));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);

  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->send_button);
}

static void
doorstep_reschedule_dialog_dispose (GObject *object)
{
  DoorstepRescheduleDialog *self = DOORSTEP_RESCHEDULE_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->scope);
  g_clear_object (&self->visit);
  g_clear_pointer (&self->first_day, g_date_time_unref);
  G_OBJECT_CLASS (doorstep_reschedule_dialog_parent_class)->dispose (object);
}

static void
doorstep_reschedule_dialog_finalize (GObject *object)
{
  DoorstepRescheduleDialog *self = DOORSTEP_RESCHEDULE_DIALOG (object);

  g_free (self->idempotency_key);
  g_free (self->sent);
  G_OBJECT_CLASS (doorstep_reschedule_dialog_parent_class)->finalize (object);
}

static void
doorstep_reschedule_dialog_class_init (DoorstepRescheduleDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_reschedule_dialog_dispose;
  object_class->finalize = doorstep_reschedule_dialog_finalize;

  /**
   * DoorstepRescheduleDialog::requested:
   * @visit: the visit as it now shows, "Reschedule requested"
   */
  signals[REQUESTED] = g_signal_new ("requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                     NULL, G_TYPE_NONE, 1, DOORSTEP_TYPE_VISIT);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_install_action (widget_class, "reschedule.send", NULL, send_action);
}

static void
doorstep_reschedule_dialog_init (DoorstepRescheduleDialog *self)
{
  self->cancellable = g_cancellable_new ();
}

GtkWidget *
doorstep_reschedule_dialog_new (DoorstepScope *scope,
                                DoorstepVisit *visit)
{
  DoorstepRescheduleDialog *self = g_object_new (DOORSTEP_TYPE_RESCHEDULE_DIALOG, NULL);

  self->scope = g_object_ref (scope);
  self->visit = g_object_ref (visit);
  build (self);
  return GTK_WIDGET (self);
}
