/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-checkout.h"

G_BEGIN_DECLS

/* The pay dialog's lists of amounts: what is about to be charged, line by
 * line with the tip and the total, and the receipts once it was. */
void doorstep_pay_rows_show_charge   (GtkListBox       *list,
                                      DoorstepCheckout *checkout);
void doorstep_pay_rows_show_receipts (GtkListBox       *list,
                                      GListModel       *payments,
                                      const char       *currency);

G_END_DECLS
