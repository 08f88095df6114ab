/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-call.h"
#include "ds-list.h"

G_BEGIN_DECLS

/* Lists on the wire: "limit" and "cursor" in, {"items": [...],
 * "next_cursor": ...} out. */

/* Writes one item; @user_data is what the handler gave the page. */
typedef void (*DsItemWriter) (DsJsonWriter   *builder,
                              gconstpointer  item,
                              gpointer       user_data);

gboolean  ds_call_read_page (DsCall         *call,
                             DsPageRequest  *request,
                             GError        **error);
gboolean  ds_call_read_sorted_page (DsCall            *call,
                                    const DsListSorts *sorts,
                                    DsPageRequest     *request,
                                    GError           **error);
DsReply  *ds_reply_page     (const DsPage   *page,
                             DsItemWriter    write_item,
                             gpointer        user_data);

G_END_DECLS
