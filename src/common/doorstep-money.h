/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Money is always an integer count of minor units plus an ISO 4217 code;
 * it is never held in a float. */

gboolean  doorstep_currency_is_valid       (const char *code);
guint     doorstep_currency_get_minor_digits (const char *code);
char     *doorstep_money_format            (gint64      amount_minor,
                                            const char *currency);
gboolean  doorstep_money_parse             (const char *text,
                                            const char *currency,
                                            gint64     *amount_minor);

G_END_DECLS
