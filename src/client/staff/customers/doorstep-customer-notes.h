/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-scope.h"

G_BEGIN_DECLS

/* The notes the team keeps about a customer, a group of their profile:
 * a card to write one in (with Pin to the top and Add Note, Ctrl+Enter),
 * then the notes, pinned first and newest first, loaded a page at a
 * time; each with Edit and Delete where the server lets the person
 * signed in. What was typed stays when adding fails, with the server's
 * words beside it. */

#define DOORSTEP_TYPE_CUSTOMER_NOTES (doorstep_customer_notes_get_type ())
G_DECLARE_FINAL_TYPE (DoorstepCustomerNotes, doorstep_customer_notes, DOORSTEP, CUSTOMER_NOTES, AdwBin)

void        doorstep_customer_notes_load      (DoorstepCustomerNotes *self,
                                               DoorstepScope         *scope,
                                               const char            *customer_id);
void        doorstep_customer_notes_clear     (DoorstepCustomerNotes *self);
GListModel *doorstep_customer_notes_get_notes (DoorstepCustomerNotes *self);

G_END_DECLS
