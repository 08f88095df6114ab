/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-api-error.h"
#include "doorstep-card-fields.h"

/* "12/30", "12 / 2030", "1/31" */
gboolean
doorstep_card_parse_expiry (const char *text,
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

/**
 * doorstep_card_check:
 * @message: (out): what to fix, when a field is returned
 *
 * What can be told before the gateway sees the card: each field there,
 * the expiry readable. The gateway judges the rest.
 *
 * Returns: the first field to fix, or %DOORSTEP_CARD_FIELD_NONE
 */
DoorstepCardField
doorstep_card_check (const char  *number,
                     const char  *expiry,
                     const char  *cvc,
                     guint       *month,
                     guint       *year,
                     const char **message)
{
  if (*number == '\0')
    {
      *message = _("Type the card number.");
      return DOORSTEP_CARD_FIELD_NUMBER;
    }
  if (!doorstep_card_parse_expiry (expiry, month, year))
    {
      *message = _("Type the expiry as on the card, such as 08/29.");
      return DOORSTEP_CARD_FIELD_EXPIRY;
    }
  if (*cvc == '\0')
    {
      *message = _("Type the security code, the 3 or 4 digits on the card.");
      return DOORSTEP_CARD_FIELD_CVC;
    }
  return DOORSTEP_CARD_FIELD_NONE;
}

/**
 * doorstep_card_error_field:
 * @message: (out): the gateway's words for the field, or the error's
 *
 * Which field a refused card's error is about, so the words go beside it.
 */
DoorstepCardField
doorstep_card_error_field (const GError  *error,
                           const char   **message)
{
  GHashTable *fields = doorstep_api_error_get_field_errors (error);

  if (fields != NULL && (*message = g_hash_table_lookup (fields, "number")) != NULL)
    return DOORSTEP_CARD_FIELD_NUMBER;
  if (fields != NULL && ((*message = g_hash_table_lookup (fields, "exp_month")) != NULL ||
                         (*message = g_hash_table_lookup (fields, "exp_year")) != NULL))
    return DOORSTEP_CARD_FIELD_EXPIRY;
  if (fields != NULL && (*message = g_hash_table_lookup (fields, "cvc")) != NULL)
    return DOORSTEP_CARD_FIELD_CVC;
  *message = error->message;
  return DOORSTEP_CARD_FIELD_NONE;
}

/* The row of a form where @field's words go, or %NULL for none. */
GtkWidget *
doorstep_card_field_row (DoorstepCardField field,
                         gpointer          number_row,
                         gpointer          expiry_row,
                         gpointer          cvc_row)
{
  switch (field)
    {
    case DOORSTEP_CARD_FIELD_NUMBER: return GTK_WIDGET (number_row);
    case DOORSTEP_CARD_FIELD_EXPIRY: return GTK_WIDGET (expiry_row);
    case DOORSTEP_CARD_FIELD_CVC:    return GTK_WIDGET (cvc_row);
    case DOORSTEP_CARD_FIELD_NONE:
    default:                         return NULL;
    }
}
