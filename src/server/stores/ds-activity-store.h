/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"
#include "ds-list.h"

G_BEGIN_DECLS

/* What happened to a customer's record, for the staff's profile: each
 * field a change set (from what to what, by whom, at which version of
 * the record), and notes written and deleted. Newest first. */

#define DS_ACTIVITY_CHANGED      "changed"
#define DS_ACTIVITY_NOTE_ADDED   "note_added"
#define DS_ACTIVITY_NOTE_DELETED "note_deleted"
#define DS_ACTIVITY_TAG_ADDED    "tag_added"
#define DS_ACTIVITY_TAG_REMOVED  "tag_removed"

typedef struct {
  char   *id;
  char   *kind;         /* DS_ACTIVITY_... */
  char   *field;        /* a change's field, "phone"; NULL for a note */
  char   *old_value;    /* NULL: was empty; a deleted note's text, a removed tag's name */
  char   *new_value;    /* NULL: now empty; a new note's text, an added tag's name */
  gint64  version;      /* the record's version a change made; 0 for a note */
  char   *actor_id;     /* NULL: someone since removed */
  char   *actor_name;
  char   *created_at;
} DsActivity;

gboolean   ds_activity_store_record        (DsDb                 *db,
                                            const char           *customer_id,
                                            const char           *actor_id,
                                            const char           *kind,
                                            const char           *field,
                                            const char           *old_value,
                                            const char           *new_value,
                                            gint64                version,
                                            GError              **error);
DsPage    *ds_activity_store_list          (DsDb                 *db,
                                            const char           *customer_id,
                                            const DsPageRequest  *request,
                                            GError              **error);
GPtrArray *ds_activity_store_changes_since (DsDb                 *db,
                                            const char           *customer_id,
                                            gint64                version,
                                            GError              **error);
void       ds_activity_free                (DsActivity           *activity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsActivity, ds_activity_free)

G_END_DECLS
