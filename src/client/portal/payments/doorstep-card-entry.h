/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A new card typed in: its number, expiry and security code, as a group
 * of rows whose title and description its dialog sets, and to which it
 * adds its own rows (save it, make it the default). What can be told
 * before the gateway sees the card is checked here, and a field at fault
 * (here, or named by the gateway) is marked. */
#define DOORSTEP_TYPE_CARD_ENTRY (doorstep_card_entry_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepCardEntry, doorstep_card_entry, DOORSTEP, CARD_ENTRY, AdwPreferencesGroup)

const char *doorstep_card_entry_get_number    (DoorstepCardEntry  *self);
const char *doorstep_card_entry_get_cvc       (DoorstepCardEntry  *self);
char       *doorstep_card_entry_dup_ending    (DoorstepCardEntry  *self);
gboolean    doorstep_card_entry_check         (DoorstepCardEntry  *self,
                                               guint              *month,
                                               guint              *year,
                                               const char        **message);
const char *doorstep_card_entry_show_error    (DoorstepCardEntry  *self,
                                               const GError       *error);
void        doorstep_card_entry_clear_errors  (DoorstepCardEntry  *self);
void        doorstep_card_entry_clear         (DoorstepCardEntry  *self);

G_END_DECLS
