/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-common.h"
#include "doorstep-quote-row.h"

struct _DoorstepQuoteRow {
  GtkBox         parent_instance;

  GtkLabel      *title_label;
  GtkLabel      *details_label;
  GtkLabel      *total_label;
  GtkLabel      *status_label;

  DoorstepQuote *quote;
};

G_DEFINE_FINAL_TYPE (DoorstepQuoteRow, doorstep_quote_row, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_QUOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
dup_day (DoorstepQuote *quote)
{
  g_autofree char *day = NULL;

  if (doorstep_quote_get_issued_on (quote) != NULL)
    {
      day = doorstep_date_format (doorstep_quote_get_issued_on (quote));
      return g_strdup_printf (_("Issued %s"), day);
    }
  day = doorstep_quote_get_created_at (quote) != NULL
        ? doorstep_date_time_format_day (doorstep_quote_get_created_at (quote))
        : g_strdup ("");
  return g_strdup_printf (_("Asked for %s"), day);
}

static void
show_quote (DoorstepQuoteRow *self)
{
  static const char * const styles[] = { "requested", "open", "approved", "declined", "expired" };
  DoorstepQuote *quote = self->quote;
  g_autofree char *title = NULL;
  g_autofree char *day = NULL;
  g_autofree char *details = NULL;
  g_autofree char *total = NULL;
  g_autofree char *status = NULL;
  g_autofree char *accessible = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), styles[i]);
  if (quote == NULL)
    return;

  title = g_strdup_printf ("%s · %s", doorstep_quote_get_number (quote), doorstep_quote_get_title (quote));
  day = dup_day (quote);
  details = doorstep_quote_get_property_label (quote) != NULL
            ? g_strdup_printf ("%s · %s", doorstep_quote_get_property_label (quote), day)
            : g_strdup (day);
  total = doorstep_quote_get_status (quote) == DOORSTEP_QUOTE_STATUS_REQUESTED
          ? g_strdup (_("Not priced yet"))
          : doorstep_money_format (doorstep_quote_get_total (quote), doorstep_quote_get_currency (quote));
  status = doorstep_quote_dup_status_label (quote);

  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->details_label, details);
  gtk_label_set_text (self->total_label, total);
  gtk_label_set_text (self->status_label, status);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), doorstep_quote_get_status_style (quote));

  /* Translators: a quote row read aloud: "Q-1001 · Furnace, Home · Issued 2 Nov 2026, $7,166.25, Awaiting decision" */
  accessible = g_strdup_printf (_("%s, %s, %s, %s"), title, details, total, status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
doorstep_quote_row_dispose (GObject *object)
{
  g_clear_object (&DOORSTEP_QUOTE_ROW (object)->quote);
  G_OBJECT_CLASS (doorstep_quote_row_parent_class)->dispose (object);
}

static void
doorstep_quote_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_QUOTE:
      g_value_set_object (value, DOORSTEP_QUOTE_ROW (object)->quote);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_quote_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_QUOTE:
      doorstep_quote_row_set_quote (DOORSTEP_QUOTE_ROW (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_quote_row_class_init (DoorstepQuoteRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_quote_row_dispose;
  object_class->get_property = doorstep_quote_row_get_property;
  object_class->set_property = doorstep_quote_row_set_property;

  properties[PROP_QUOTE] =
    g_param_spec_object ("quote", NULL, NULL, DOORSTEP_TYPE_QUOTE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/quotes/doorstep-quote-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuoteRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuoteRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuoteRow, total_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuoteRow, status_label);
}

static void
doorstep_quote_row_init (DoorstepQuoteRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* @quote: (nullable): the quote to show; %NULL while the row is unbound */
void
doorstep_quote_row_set_quote (DoorstepQuoteRow *self,
                              DoorstepQuote    *quote)
{
  g_return_if_fail (DOORSTEP_IS_QUOTE_ROW (self));

  if (!g_set_object (&self->quote, quote))
    return;
  show_quote (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUOTE]);
}
