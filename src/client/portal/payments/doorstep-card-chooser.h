/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-payment-method.h"
#include "doorstep-scope.h"

G_BEGIN_DECLS

/* Which card pays: one of the saved cards (the default first chosen), or
 * a new one typed in, to be saved or not and made the default or not. A
 * new card becomes a token (the gateway's) before anything is shown as
 * about to be charged, once for what was typed. Its Manage Cards… button
 * activates pay.manage-cards, which the pay dialog installs. */
#define DOORSTEP_TYPE_CARD_CHOOSER (doorstep_card_chooser_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepCardChooser, doorstep_card_chooser, DOORSTEP, CARD_CHOOSER, GtkBox)

void                   doorstep_card_chooser_set_cards        (DoorstepCardChooser  *self,
                                                               GListModel           *cards);
DoorstepPaymentMethod *doorstep_card_chooser_dup_card         (DoorstepCardChooser  *self);
const char            *doorstep_card_chooser_get_token        (DoorstepCardChooser  *self);
gboolean               doorstep_card_chooser_get_save_card    (DoorstepCardChooser  *self);
gboolean               doorstep_card_chooser_get_make_default (DoorstepCardChooser  *self);
void                   doorstep_card_chooser_clear_errors     (DoorstepCardChooser  *self);
void                   doorstep_card_chooser_forget_token     (DoorstepCardChooser  *self);
void                   doorstep_card_chooser_prepare_async    (DoorstepCardChooser  *self,
                                                               DoorstepScope        *scope,
                                                               GCancellable         *cancellable,
                                                               GAsyncReadyCallback   callback,
                                                               gpointer              user_data);
char                  *doorstep_card_chooser_prepare_finish   (DoorstepCardChooser  *self,
                                                               GAsyncResult         *result,
                                                               GError              **error);

G_END_DECLS
