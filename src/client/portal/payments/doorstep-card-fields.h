/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A card typed in (number, expiry, security code), as the payment
 * methods and pay dialogs both take it. */
typedef enum {
  DOORSTEP_CARD_FIELD_NONE,
  DOORSTEP_CARD_FIELD_NUMBER,
  DOORSTEP_CARD_FIELD_EXPIRY,
  DOORSTEP_CARD_FIELD_CVC,
} DoorstepCardField;

gboolean          doorstep_card_parse_expiry (const char    *text,
                                              guint         *month,
                                              guint         *year);
DoorstepCardField doorstep_card_check        (const char    *number,
                                              const char    *expiry,
                                              const char    *cvc,
                                              guint         *month,
                                              guint         *year,
                                              const char   **message);
DoorstepCardField doorstep_card_error_field  (const GError  *error,
                                              const char   **message);
GtkWidget        *doorstep_card_field_row    (DoorstepCardField field,
                                              gpointer       number_row,
                                              gpointer       expiry_row,
                                              gpointer       cvc_row);

G_END_DECLS
