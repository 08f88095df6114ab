/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

G_BEGIN_DECLS

/* A real doorstep-server, started from its binary on an ephemeral loopback
 * port over a SQLite file in a fresh temporary directory. */
typedef struct {
  char        *dir;
  char        *db_path;
  char        *base_url;
  GSubprocess *process;
  GString     *output;
} TestServer;

typedef struct {
  guint        status;
  char        *content_type;
  SoupMessageHeaders *headers;
  JsonNode    *json;
  GBytes      *body;
} TestResponse;

TestServer   *test_server_start        (gboolean     demo);
TestServer   *test_server_start_at     (const char  *dir,
                                        gboolean     demo);
void          test_server_stop         (TestServer  *server);
void          test_server_stop_keep_files (TestServer *server);
void          test_sqlite_exec         (const char  *db_path,
                                        const char  *sql);
gint64        test_sqlite_query_int    (const char  *db_path,
                                        const char  *sql);
void          test_server_exec_sql     (TestServer  *server,
                                        const char  *sql);
gint64        test_server_query_int    (TestServer  *server,
                                        const char  *sql);

char         *test_closed_server_url   (void);

TestResponse *test_http                (TestServer  *server,
                                        const char  *method,
                                        const char  *path,
                                        const char  *token,
                                        const char  *body);
TestResponse *test_http_full           (TestServer  *server,
                                        const char  *method,
                                        const char  *path,
                                        const char  *token,
                                        const char  *content_type,
                                        GBytes      *body);
SoupMessage  *test_http_message        (TestServer  *server,
                                        const char  *method,
                                        const char  *path,
                                        const char  *token,
                                        const char  *idempotency_key,
                                        const char  *content_type,
                                        GBytes      *body);
TestResponse *test_http_send           (SoupSession *session,
                                        SoupMessage *msg);
TestResponse *test_http_write          (TestServer  *server,
                                        const char  *path,
                                        const char  *token,
                                        const char  *body);
TestResponse *test_http_idempotent     (TestServer  *server,
                                        const char  *path,
                                        const char  *token,
                                        const char  *key,
                                        const char  *body);
void          test_response_free       (TestResponse *response);
JsonObject   *test_response_object     (TestResponse *response);
void          test_assert_problem      (TestResponse *response,
                                        guint         status);
char         *test_login               (TestServer  *server,
                                        const char  *email,
                                        char       **refresh_token);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestResponse, test_response_free)

#define DEMO_PASSWORD "doorstep-demo"
#define MAYA_ID "cus_demo0maya0okafor"
#define DANIEL_ID "cus_demo0daniel0reyes"

G_END_DECLS
