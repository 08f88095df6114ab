/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libsoup/soup.h>

#include "doorstep-api-call.h"

G_BEGIN_DECLS

/* Private to the three files of the connection: what the call builder
 * (doorstep-api-call.c), the sender (doorstep-api-send.c) and the client
 * (doorstep-api-client.c) share of a call's and the client's insides. */

#define DOORSTEP_API_PREFIX "/api/v1"

struct _DoorstepApiCall {
  char               *method;
  GString            *path;          /* under DOORSTEP_API_PREFIX, with its query string */
  gboolean            has_query;
  GBytes             *body;
  char               *body_type;     /* NULL: JSON */
  DoorstepCallProgress progress;
  gpointer            progress_data;
  DoorstepCallFlags   flags;
  char               *idempotency_key;
  GPtrArray          *headers;       /* more to send: name, value, name, value, …; or NULL */
  DoorstepCallReader  reader;
  DoorstepCallAnswerReader answer_reader;  /* reads any answer whole, instead of reader */
  GType               type;
  GObject            *source;        /* the scope, or the client */
  /* while it is under way */
  DoorstepApiClient  *client;
  gboolean            retried;
  GByteArray         *received;      /* the answer so far */
  char               *sent_token;    /* the access token it went out with */
  gsize               sent;          /* of the body, for progress */
  SoupMessage        *msg;
};

struct _DoorstepApiClient {
  GObject      parent_instance;

  SoupSession *session;
  char        *base_url;
  char        *access_token;
  char        *refresh_token;
  /* Calls waiting on the refresh in flight; NULL when none is. */
  GPtrArray   *refresh_waiters;
};

void doorstep_api_call_free            (DoorstepApiCall   *call);
void doorstep_api_client_session_ended (DoorstepApiClient *self);

G_END_DECLS
