/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "doorstep-api-error.h"
#include "doorstep-card-entry.h"

struct _DoorstepCardEntry {
  AdwPreferencesGroup  parent_instance;

  /* template widgets */
  AdwEntryRow         *number_row;
  AdwEntryRow         *expiry_row;
  AdwEntryRow         *cvc_row;
};

G_DEFINE_FINAL_TYPE (DoorstepCardEntry, doorstep_card_entry, ADW_TYPE_PREFERENCES_GROUP)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
changed_cb (DoorstepCardEntry *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/* "12/30", "12 / 2030", "1/31" */
static gboolean
parse_expiry (const char *text,
              guint      *month,
              guint      *year)
{
  g_auto(GStrv) parts = g_strsplit (text, "/", 2);
  guint64 m, y;

  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (g_strstrip (parts[0]), 10, 1, 12, &m, NULL) ||
      !g_ascii_string_to_unsigned (g_strstrip (parts[1]), 10, 0, 2100, &y, NULL))
    return FALSE;
  *month = (guint) m;
  *year = y < 100 ? 2000 + (guint) y : (guint) y;
  return *year >= 2000;
}

static const char *
text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
mark (AdwEntryRow *row)
{
  gtk_widget_add_css_class (GTK_WIDGET (row), "error");
}

static void
doorstep_card_entry_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DOORSTEP_TYPE_CARD_ENTRY);
  G_OBJECT_CLASS (doorstep_card_entry_parent_class)->dispose (object);
}

static void
doorstep_card_entry_class_init (DoorstepCardEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_card_entry_dispose;

  /**
   * DoorstepCardEntry::changed:
   *
   * What is typed changed: it is another card (a token made for the one
   * before is not for this one).
   */
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                          NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/payments/doorstep-card-entry.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepCardEntry, number_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCardEntry, expiry_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCardEntry, cvc_row);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
}

static void
doorstep_card_entry_init (DoorstepCardEntry *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

const char *
doorstep_card_entry_get_number (DoorstepCardEntry *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CARD_ENTRY (self), NULL);
  return text (self->number_row);
}

const char *
doorstep_card_entry_get_cvc (DoorstepCardEntry *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CARD_ENTRY (self), NULL);
  return text (self->cvc_row);
}

/* The number's last four characters, as a card's name ends: "4242". */
char *
doorstep_card_entry_dup_ending (DoorstepCardEntry *self)
{
  g_autofree char *digits = NULL;
  gsize length;

  g_return_val_if_fail (DOORSTEP_IS_CARD_ENTRY (self), NULL);

  digits = g_strstrip (g_strdup (text (self->number_row)));
  length = strlen (digits);
  return g_strdup (length >= 4 ? digits + length - 4 : digits);
}

/**
 * doorstep_card_entry_check:
 * @month: (out): the expiry's month
 * @year: (out): the expiry's year, four digits
 * @message: (out): what to fix, when %FALSE
 *
 * What can be told before the gateway sees the card: each field there,
 * the expiry readable. The gateway judges the rest. The first field to
 * fix is marked.
 *
 * Returns: whether the card can go to the gateway
 */
gboolean
doorstep_card_entry_check (DoorstepCardEntry  *self,
                           guint              *month,
                           guint              *year,
                           const char        **message)
{
  g_return_val_if_fail (DOORSTEP_IS_CARD_ENTRY (self), FALSE);
  g_return_val_if_fail (month != NULL && year != NULL && message != NULL, FALSE);

  if (*text (self->number_row) == '\0')
    {
      *message = _("Type the card number.");
      mark (self->number_row);
      return FALSE;
    }
  if (!parse_expiry (text (self->expiry_row), month, year))
    {
      *message = _("Type the expiry as on the card, such as 08/29.");
      mark (self->expiry_row);
      return FALSE;
    }
  if (*text (self->cvc_row) == '\0')
    {
      *message = _("Type the security code, the 3 or 4 digits on the card.");
      mark (self->cvc_row);
      return FALSE;
    }
  return TRUE;
}

/**
 * doorstep_card_entry_show_error:
 * @error: why the gateway refused the card
 *
 * Marks the field the gateway named, so that its words go beside it; what
 * was typed stays.
 *
 * Returns: (transfer none): the gateway's words for the field, or the
 *   error's own
 */
const char *
doorstep_card_entry_show_error (DoorstepCardEntry *self,
                                const GError      *error)
{
  /* The gateway's names for the fields, in the order they are shown. */
  static const char * const names[] = { "number", "exp_month", "exp_year", "cvc" };
  GHashTable *fields;

  g_return_val_if_fail (DOORSTEP_IS_CARD_ENTRY (self), NULL);
  g_return_val_if_fail (error != NULL, NULL);

  fields = doorstep_api_error_get_field_errors (error);
  for (guint i = 0; fields != NULL && i < G_N_ELEMENTS (names); i++)
    {
      const char *message = g_hash_table_lookup (fields, names[i]);
      AdwEntryRow *rows[] = { self->number_row, self->expiry_row, self->expiry_row, self->cvc_row };

      if (message != NULL)
        {
          mark (rows[i]);
          return message;
        }
    }
  return error->message;
}

void
doorstep_card_entry_clear_errors (DoorstepCardEntry *self)
{
  g_return_if_fail (DOORSTEP_IS_CARD_ENTRY (self));

  gtk_widget_remove_css_class (GTK_WIDGET (self->number_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->expiry_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->cvc_row), "error");
}

/* Empties every field: the card was saved. */
void
doorstep_card_entry_clear (DoorstepCardEntry *self)
{
  g_return_if_fail (DOORSTEP_IS_CARD_ENTRY (self));

  gtk_editable_set_text (GTK_EDITABLE (self->number_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->expiry_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->cvc_row), "");
}
