/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-range-dialog.h"

struct _DoorstepRangeDialog {
  AdwMessageDialog  parent_instance;

  /* template widgets */
  GtkCalendar      *from_calendar;
  GtkCalendar      *to_calendar;
};

G_DEFINE_FINAL_TYPE (DoorstepRangeDialog, doorstep_range_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
doorstep_range_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DOORSTEP_TYPE_RANGE_DIALOG);
  G_OBJECT_CLASS (doorstep_range_dialog_parent_class)->dispose (object);
}

static void
doorstep_range_dialog_class_init (DoorstepRangeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_range_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/documents/doorstep-range-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepRangeDialog, from_calendar);
  gtk_widget_class_bind_template_child (widget_class, DoorstepRangeDialog, to_calendar);
}

static void
doorstep_range_dialog_init (DoorstepRangeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
doorstep_range_dialog_new (GtkWindow *parent)
{
  return g_object_new (DOORSTEP_TYPE_RANGE_DIALOG, "transient-for", parent, NULL);
}

/**
 * doorstep_range_dialog_get_range:
 * @first: (out) (transfer full): the earlier of the two days picked
 * @last: (out) (transfer full): the later
 */
void
doorstep_range_dialog_get_range (DoorstepRangeDialog  *self,
                                 GDateTime           **first,
                                 GDateTime           **last)
{
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;

  g_return_if_fail (DOORSTEP_IS_RANGE_DIALOG (self));

  from = gtk_calendar_get_date (self->from_calendar);
  to = gtk_calendar_get_date (self->to_calendar);
  /* Whichever way round they were picked. */
  if (g_date_time_compare (from, to) > 0)
    {
      *first = g_steal_pointer (&to);
      *last = g_steal_pointer (&from);
    }
  else
    {
      *first = g_steal_pointer (&from);
      *last = g_steal_pointer (&to);
    }
}
