/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ds-json-writer.h"
#include "ds-route.h"

G_BEGIN_DECLS

/* What a handler answers: a status, a body of some type, the headers it
 * owns (Location, Content-Disposition, validators). A reply is plain data,
 * made on a worker thread; the main loop copies it onto the HTTP message.
 * Errors are not replies: a handler returns a GError (ds-error.h) and the
 * dispatcher writes its problem+json. A problem that must still commit
 * what the handler did (a failed sign-in is counted) is a reply, made
 * with ds_reply_problem(). */

DsReply    *ds_reply_json             (guint          status,
                                       DsJsonWriter  *writer);
DsReply    *ds_reply_json_text        (guint          status,
                                       const char    *text);
DsReply    *ds_reply_bytes            (guint          status,
                                       const char    *content_type,
                                       GBytes        *body);
DsReply    *ds_reply_empty            (guint          status);
DsReply    *ds_reply_problem          (guint          status,
                                       const char    *type,
                                       const char    *detail);
DsReply    *ds_reply_pdf              (GBytes        *pdf,
                                       const char    *file_name);
void        ds_reply_free             (DsReply       *reply);

void        ds_reply_set_header       (DsReply       *reply,
                                       const char    *name,
                                       const char    *value);
void        ds_reply_set_disposition  (DsReply       *reply,
                                       const char    *kind,
                                       const char    *file_name);
void        ds_reply_allow_ranges     (DsReply       *reply);

guint       ds_reply_get_status       (const DsReply *reply);
const char *ds_reply_get_content_type (const DsReply *reply);
GBytes     *ds_reply_get_body         (const DsReply *reply);
const char *ds_reply_get_header       (const DsReply *reply,
                                       const char    *name);
GStrv       ds_reply_get_headers      (const DsReply *reply);
gboolean    ds_reply_get_ranges       (const DsReply *reply);
void        ds_reply_set_status       (DsReply       *reply,
                                       guint          status);
void        ds_reply_set_body         (DsReply       *reply,
                                       const char    *content_type,
                                       GBytes        *body);

DsReply    *ds_reply_for_error        (const GError  *error);
DsReply    *ds_reply_apply_range      (DsReply       *reply,
                                       const char    *range,
                                       const char    *if_range);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsReply, ds_reply_free)

G_END_DECLS
