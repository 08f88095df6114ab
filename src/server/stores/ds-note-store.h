/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-common.h"
#include "ds-db.h"
#include "ds-list.h"

G_BEGIN_DECLS

/* The staff's notes about a customer: pinned ones first, then the newest.
 * Any of the staff writes one; only its author changes it; its author or
 * an admin deletes it (ds_note_may_change(), ds_note_may_delete()). */

typedef struct {
  char     *id;
  char     *customer_id;
  char     *body;
  gboolean  pinned;
  char     *author_id;
  char     *author_name;
  char     *created_at;
  char     *updated_at;   /* NULL: never changed */
} DsNote;

/* What a change sets: a NULL body or an unset pin keeps what is there. */
typedef struct {
  const char *body;
  gboolean    set_pinned;
  gboolean    pinned;
} DsNoteChange;

gboolean  ds_note_may_change      (const DsNote         *note,
                                   const char           *user_id);
gboolean  ds_note_may_delete      (const DsNote         *note,
                                   const char           *user_id,
                                   DoorstepRole          role);

DsPage   *ds_note_store_list      (DsDb                 *db,
                                   const char           *customer_id,
                                   const DsPageRequest  *request,
                                   GError              **error);
DsNote   *ds_note_store_get       (DsDb                 *db,
                                   const char           *customer_id,
                                   const char           *note_id,
                                   GError              **error);
char     *ds_note_store_add       (DsDb                 *db,
                                   const char           *customer_id,
                                   const char           *author_id,
                                   const char           *body,
                                   gboolean              pinned,
                                   GError              **error);
gboolean  ds_note_store_change    (DsDb                 *db,
                                   const DsNote         *note,
                                   const DsNoteChange   *change,
                                   const char           *user_id,
                                   GError              **error);
gboolean  ds_note_store_delete    (DsDb                 *db,
                                   const DsNote         *note,
                                   const char           *user_id,
                                   DoorstepRole          role,
                                   GError              **error);

void      ds_note_free            (DsNote               *note);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsNote, ds_note_free)

G_END_DECLS
