/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"
#include "ds-list.h"

G_BEGIN_DECLS

/* The business's tags and the tags on each customer. Admins make tags and
 * put them on customers and take them off; a tag that warns ("Do Not
 * Service") is shown as a warning wherever its customer is. */

typedef struct {
  char     *id;
  char     *name;
  char     *colour;   /* a DoorstepTagColour's name */
  gboolean  warns;
} DsTag;

DsPage     *ds_tag_store_list          (DsDb                 *db,
                                        const DsPageRequest  *request,
                                        GError              **error);
DsTag      *ds_tag_store_get           (DsDb                 *db,
                                        const char           *tag_id,
                                        GError              **error);
char       *ds_tag_store_create        (DsDb                 *db,
                                        const char           *name,
                                        const char           *colour,
                                        gboolean              warns,
                                        GError              **error);
GHashTable *ds_tag_store_of_customers  (DsDb                 *db,
                                        const char * const   *customer_ids,
                                        guint                 n_customers,
                                        GError              **error);
gboolean    ds_tag_store_set           (DsDb                 *db,
                                        const char           *customer_id,
                                        const DsTag          *tag,
                                        gboolean              on,
                                        const char           *actor_id,
                                        GError              **error);

void        ds_tag_free                (DsTag                *tag);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsTag, ds_tag_free)

G_END_DECLS
