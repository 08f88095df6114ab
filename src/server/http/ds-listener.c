/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/socket.h>

#include "ds-problem.h"
#include "ds-linger.h"
#include "ds-listener.h"

/* libsoup 3.2 reads a request head of up to 64 KiB and drops the connection
 * without an answer beyond that; it has no limit on connections and no
 * timeout on a head that trickles in. So the connections are accepted here:
 * each is handed to libsoup (soup_server_accept_iostream) as a GIOStream
 * whose input runs through a DsHttpGuard, and a timer looks after the slow
 * and the idle. A refused connection gets its problem+json answer written
 * straight to the socket, then is closed gently: what the client still sends
 * is read and dropped for a moment, so that the answer is not lost to a
 * reset. */

#define RETRY_AFTER_SECONDS 5

#define DS_TYPE_GUARD_INPUT_STREAM (ds_guard_input_stream_get_type ())
G_DECLARE_FINAL_TYPE (DsGuardInputStream, ds_guard_input_stream, DS, GUARD_INPUT_STREAM, GFilterInputStream)

#define DS_TYPE_GUARDED_CONNECTION (ds_guarded_connection_get_type ())
G_DECLARE_FINAL_TYPE (DsGuardedConnection, ds_guarded_connection, DS, GUARDED_CONNECTION, GIOStream)

struct _DsListener {
  SoupServer       *soup;
  DsListenerLimits  limits;
  GSocketService   *service;
  GSocket          *keepalive[2];
  GQueue            connections;   /* DsGuardedConnection, not owned */
  guint             sweep_id;
};

struct _DsGuardedConnection {
  GIOStream          parent_instance;
  GSocketConnection *base;
  GInputStream      *input;
  DsHttpGuard       *guard;
  DsListener        *listener;     /* NULL once closed or the listener is gone */
  GList              link;
  gint64             last_active;  /* monotonic µs of the last byte read */
  gint64             head_started; /* ... of the first byte of the head being read */
  guint              finished;     /* requests libsoup finished answering */
  gboolean           refused;
  gboolean           ended;        /* gave libsoup the line of ends_between_requests() */
};

struct _DsGuardInputStream {
  GFilterInputStream   parent_instance;
  DsGuardedConnection *conn;       /* which owns this stream */
};

static GQuark connection_quark;

/* Answers written before libsoup has a message to write them */

static const char *
reason_phrase (guint status)
{
  switch (status)
    {
    case 408: return "Request Timeout";
    case 414: return "URI Too Long";
    case 422: return "Unprocessable Entity";
    case 431: return "Request Header Fields Too Large";
    case 503: return "Service Unavailable";
    default:  return "Bad Request";
    }
}

static void
send_problem (GSocket                *socket,
              guint                   status,
              const DsListenerLimits *limits)
{
  g_autofree char *detail = NULL;
  g_autofree char *body = NULL;
  g_autoptr(GString) response = g_string_new (NULL);
  const char *type;

  switch (status)
    {
    case 408:
      type = "request-timeout";
      detail = g_strdup_printf ("The request did not arrive within %u seconds.", limits->head_timeout_seconds);
      break;
    case 414:
      type = "uri-too-long";
      detail = g_strdup_printf ("The request line is longer than the %" G_GSIZE_FORMAT " bytes this server reads.",
                                limits->guard.max_request_line);
      break;
    case 422:
      type = "validation";
      detail = g_strdup ("The address has a NUL character (%00) in its path, which no part of it takes.");
      break;
    case 431:
      type = "headers-too-large";
      detail = g_strdup_printf ("The request headers are larger than the %" G_GSIZE_FORMAT " bytes this server reads.",
                                limits->guard.max_head);
      break;
    case 503:
      type = "busy";
      detail = g_strdup_printf ("The server has too many connections open. Try again in %d seconds.",
                                RETRY_AFTER_SECONDS);
      break;
    default:
      g_assert_not_reached ();
    }

  body = ds_problem_body_new (status, type, detail, NULL, NULL, NULL);
  g_string_append_printf (response,
                          "HTTP/1.1 %u %s\r\n"
                          "Content-Type: application/problem+json\r\n"
                          "Content-Length: %" G_GSIZE_FORMAT "\r\n"
                          "Cache-Control: no-store\r\n"
                          "Connection: close\r\n",
                          status, reason_phrase (status), strlen (body));
  if (status == 503)
    g_string_append_printf (response, "Retry-After: %d\r\n", RETRY_AFTER_SECONDS);
  g_string_append (response, "\r\n");
  g_string_append (response, body);

  /* Best effort: a socket whose buffer is full belongs to a client that
   * does not read, and that client gets nothing. */
  (void) g_socket_send_with_blocking (socket, response->str, response->len, FALSE, NULL, NULL);
}

/* The guarded connection */

static GSocket *
connection_get_socket (DsGuardedConnection *conn)
{
  return g_socket_connection_get_socket (conn->base);
}

/* Whether a request was read whole and its answer is not written yet. */
static gboolean
connection_is_busy (DsGuardedConnection *conn)
{
  return ds_http_guard_requests (conn->guard) > conn->finished;
}

static void
connection_detach (DsGuardedConnection *conn)
{
  if (conn->listener == NULL)
    return;
  g_queue_unlink (&conn->listener->connections, &conn->link);
  conn->listener = NULL;
}

/* Answers @status (0: no answer) unless a response may be under way, and
 * makes every later read of libsoup's fail. */
static void
connection_refuse (DsGuardedConnection *conn,
                   guint                status,
                   gboolean             stop_reading)
{
  GSocket *socket = connection_get_socket (conn);

  if (conn->refused)
    return;
  conn->refused = TRUE;
  if (status != 0 && !connection_is_busy (conn) && conn->listener != NULL)
    send_problem (socket, status, &conn->listener->limits);
  /* Stopping the reading side wakes libsoup's pending read, which then
   * fails; otherwise libsoup is reading already and hears it at once. */
  g_socket_shutdown (socket, stop_reading, TRUE, NULL);
}

static gboolean
connection_refused_error (GError **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_CLOSED,
                       "The connection was refused by the server's limits");
  return FALSE;
}

/* libsoup 3.2 loses a kept-alive connection that ends between requests
 * (the client closed it, or the sweep refused it): reading the next
 * request fails before libsoup has set up anything to be told, so nothing
 * closes the connection, and its socket stays open and counted against
 * --max-connections for as long as the process runs. Once one byte of a
 * request has come, the same failure takes libsoup's path for a request
 * cut short, which closes the connection. So there, the end of the stream
 * (or the refusal) is read as the first line of a request ("X\n"), then
 * an error: never inside a request or its body, where it could change
 * what was sent. */
static gboolean
ends_between_requests (DsGuardedConnection *conn,
                       void                *buffer,
                       gsize                count)
{
  if (conn->ended || count < 2 || connection_is_busy (conn) || !ds_http_guard_between_requests (conn->guard))
    return FALSE;
  conn->ended = TRUE;
  memcpy (buffer, "X\n", 2);
  return TRUE;
}

/* Follows bytes libsoup just read into @buffer (of @count bytes); -1
 * when they break a limit. */
static gssize
connection_guard_read (DsGuardedConnection *conn,
                       void                *buffer,
                       gsize                count,
                       gssize               n,
                       GError             **error)
{
  gboolean was_in_head;
  guint heads_read;
  guint status;
  gboolean ended = n == 0 ||
    (n < 0 && error != NULL && *error != NULL && !g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK));

  if ((conn->refused || ended) && ends_between_requests (conn, buffer, count))
    {
      g_clear_error (error);
      return 2;
    }
  /* After that line, an error rather than the end: at the end libsoup
   * would take the line for a whole request head and answer it 400. */
  if (conn->ended)
    {
      g_clear_error (error);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_CLOSED, "The client closed the connection");
      return -1;
    }
  if (conn->refused)
    {
      g_clear_error (error);
      connection_refused_error (error);
      return -1;
    }
  if (n <= 0)
    return n;

  conn->last_active = g_get_monotonic_time ();
  was_in_head = ds_http_guard_in_head (conn->guard);
  heads_read = ds_http_guard_requests (conn->guard);

  status = ds_http_guard_feed (conn->guard, buffer, (gsize) n);
  if (status != 0)
    {
      connection_refuse (conn, status, FALSE);
      connection_refused_error (error);
      return -1;
    }

  if (ds_http_guard_in_head (conn->guard) &&
      (!was_in_head || ds_http_guard_requests (conn->guard) != heads_read))
    conn->head_started = conn->last_active;
  return n;
}

G_DEFINE_TYPE (DsGuardedConnection, ds_guarded_connection, G_TYPE_IO_STREAM)

static GInputStream *
ds_guarded_connection_get_input_stream (GIOStream *stream)
{
  return DS_GUARDED_CONNECTION (stream)->input;
}

static GOutputStream *
ds_guarded_connection_get_output_stream (GIOStream *stream)
{
  return g_io_stream_get_output_stream (G_IO_STREAM (DS_GUARDED_CONNECTION (stream)->base));
}

static gboolean
ds_guarded_connection_close (GIOStream     *stream,
                             GCancellable  *cancellable,
                             GError       **error)
{
  DsGuardedConnection *conn = DS_GUARDED_CONNECTION (stream);

  connection_detach (conn);
  if (conn->refused)
    {
      ds_linger_close (connection_get_socket (conn));
      return TRUE;
    }
  return g_io_stream_close (G_IO_STREAM (conn->base), cancellable, error);
}

static void
ds_guarded_connection_finalize (GObject *object)
{
  DsGuardedConnection *conn = DS_GUARDED_CONNECTION (object);

  connection_detach (conn);
  g_clear_object (&conn->input);
  g_clear_object (&conn->base);
  g_clear_pointer (&conn->guard, ds_http_guard_free);

  G_OBJECT_CLASS (ds_guarded_connection_parent_class)->finalize (object);
}

static void
ds_guarded_connection_class_init (DsGuardedConnectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GIOStreamClass *stream_class = G_IO_STREAM_CLASS (klass);

  object_class->finalize = ds_guarded_connection_finalize;
  stream_class->get_input_stream = ds_guarded_connection_get_input_stream;
  stream_class->get_output_stream = ds_guarded_connection_get_output_stream;
  stream_class->close_fn = ds_guarded_connection_close;
}

static void
ds_guarded_connection_init (DsGuardedConnection *conn)
{
  conn->link.data = conn;
}

/* The guarded input stream: the socket's, read through the guard */

static void ds_guard_input_stream_pollable_init (GPollableInputStreamInterface *iface);

G_DEFINE_TYPE_WITH_CODE (DsGuardInputStream, ds_guard_input_stream, G_TYPE_FILTER_INPUT_STREAM,
                         G_IMPLEMENT_INTERFACE (G_TYPE_POLLABLE_INPUT_STREAM, ds_guard_input_stream_pollable_init))

static GInputStream *
base_stream (gpointer stream)
{
  return g_filter_input_stream_get_base_stream (G_FILTER_INPUT_STREAM (stream));
}

static gssize
ds_guard_input_stream_read (GInputStream  *stream,
                            void          *buffer,
                            gsize          count,
                            GCancellable  *cancellable,
                            GError       **error)
{
  DsGuardInputStream *self = DS_GUARD_INPUT_STREAM (stream);
  gssize n = g_input_stream_read (base_stream (stream), buffer, count, cancellable, error);

  return connection_guard_read (self->conn, buffer, count, n, error);
}

static gssize
ds_guard_input_stream_read_nonblocking (GPollableInputStream  *stream,
                                        void                  *buffer,
                                        gsize                  count,
                                        GError               **error)
{
  DsGuardInputStream *self = DS_GUARD_INPUT_STREAM (stream);
  gssize n = g_pollable_input_stream_read_nonblocking (G_POLLABLE_INPUT_STREAM (base_stream (stream)),
                                                       buffer, count, NULL, error);

  return connection_guard_read (self->conn, buffer, count, n, error);
}

static gboolean
ds_guard_input_stream_can_poll (GPollableInputStream *stream)
{
  GInputStream *base = base_stream (stream);

  return G_IS_POLLABLE_INPUT_STREAM (base) && g_pollable_input_stream_can_poll (G_POLLABLE_INPUT_STREAM (base));
}

static gboolean
ds_guard_input_stream_is_readable (GPollableInputStream *stream)
{
  return g_pollable_input_stream_is_readable (G_POLLABLE_INPUT_STREAM (base_stream (stream)));
}

static GSource *
ds_guard_input_stream_create_source (GPollableInputStream *stream,
                                     GCancellable         *cancellable)
{
  g_autoptr(GSource) base_source = g_pollable_input_stream_create_source (G_POLLABLE_INPUT_STREAM (base_stream (stream)),
                                                                           NULL);

  return g_pollable_source_new_full (stream, base_source, cancellable);
}

static void
ds_guard_input_stream_pollable_init (GPollableInputStreamInterface *iface)
{
  iface->can_poll = ds_guard_input_stream_can_poll;
  iface->is_readable = ds_guard_input_stream_is_readable;
  iface->create_source = ds_guard_input_stream_create_source;
  iface->read_nonblocking = ds_guard_input_stream_read_nonblocking;
}

static void
ds_guard_input_stream_class_init (DsGuardInputStreamClass *klass)
{
  G_INPUT_STREAM_CLASS (klass)->read_fn = ds_guard_input_stream_read;
}

static void
ds_guard_input_stream_init (DsGuardInputStream *self)
{
}

static DsGuardedConnection *
guarded_connection_new (DsListener        *listener,
                        GSocketConnection *base)
{
  DsGuardedConnection *conn = g_object_new (DS_TYPE_GUARDED_CONNECTION, NULL);
  DsGuardInputStream *input;

  conn->base = g_object_ref (base);
  conn->guard = ds_http_guard_new (&listener->limits.guard);
  input = g_object_new (DS_TYPE_GUARD_INPUT_STREAM,
                        "base-stream", g_io_stream_get_input_stream (G_IO_STREAM (base)),
                        "close-base-stream", FALSE,
                        NULL);
  input->conn = conn;
  conn->input = G_INPUT_STREAM (input);
  conn->last_active = conn->head_started = g_get_monotonic_time ();
  conn->listener = listener;
  g_queue_push_tail_link (&listener->connections, &conn->link);
  return conn;
}

/* Which request belongs to which connection: libsoup hands each message
 * the remote address given with the stream, and that carries it. */

static DsGuardedConnection *
connection_for_message (SoupServerMessage *msg)
{
  GSocketAddress *remote = soup_server_message_get_remote_address (msg);

  return remote != NULL ? g_object_get_qdata (G_OBJECT (remote), connection_quark) : NULL;
}

static void
request_done_cb (SoupServer        *soup,
                 SoupServerMessage *msg,
                 gpointer           user_data)
{
  DsGuardedConnection *conn = connection_for_message (msg);

  if (conn != NULL)
    conn->finished++;
}

/* Accepting */

static gboolean
incoming_cb (GSocketService    *service,
             GSocketConnection *connection,
             GObject           *source_object,
             gpointer           user_data)
{
  DsListener *listener = user_data;
  GSocket *socket = g_socket_connection_get_socket (connection);
  g_autoptr(GSocketAddress) local = NULL;
  g_autoptr(GSocketAddress) remote = NULL;
  g_autoptr(DsGuardedConnection) conn = NULL;
  g_autoptr(GError) error = NULL;

  if (g_queue_get_length (&listener->connections) >= listener->limits.max_connections)
    {
      send_problem (socket, 503, &listener->limits);
      ds_linger_close (socket);
      return TRUE;
    }

  local = g_socket_connection_get_local_address (connection, NULL);
  remote = g_socket_connection_get_remote_address (connection, NULL);
  if (local == NULL || remote == NULL)
    return TRUE; /* gone already */

  g_socket_set_option (socket, IPPROTO_TCP, TCP_NODELAY, TRUE, NULL);
  conn = guarded_connection_new (listener, connection);
  g_object_set_qdata_full (G_OBJECT (remote), connection_quark, g_object_ref (conn), g_object_unref);
  if (!soup_server_accept_iostream (listener->soup, G_IO_STREAM (conn), local, remote, &error))
    {
      g_warning ("Could not take a connection: %s", error->message);
      g_io_stream_close (G_IO_STREAM (conn), NULL, NULL);
    }
  return TRUE;
}

static gboolean
sweep_cb (gpointer user_data)
{
  DsListener *listener = user_data;
  gint64 now = g_get_monotonic_time ();
  gint64 head_timeout = (gint64) listener->limits.head_timeout_seconds * G_USEC_PER_SEC;
  gint64 idle_timeout = (gint64) listener->limits.idle_timeout_seconds * G_USEC_PER_SEC;
  GList *next;

  for (GList *l = listener->connections.head; l != NULL; l = next)
    {
      DsGuardedConnection *conn = l->data;

      next = l->next;
      if (conn->refused || connection_is_busy (conn))
        continue;
      if (ds_http_guard_in_head (conn->guard))
        {
          if (now - conn->head_started > head_timeout)
            connection_refuse (conn, 408, TRUE);
        }
      else if (now - conn->last_active > (ds_http_guard_requests (conn->guard) == 0 ? head_timeout : idle_timeout))
        connection_refuse (conn, 0, TRUE);
    }
  return G_SOURCE_CONTINUE;
}

/* libsoup 3.2 keeps a connection alive after its response only while the
 * server has a listener of its own (request_finished() in soup-server.c).
 * It gets one that nothing can reach: one end of a socket pair whose other
 * end never writes. */
static void
add_keepalive_listener (DsListener *listener)
{
  g_autoptr(GError) error = NULL;
  int fds[2];

  if (socketpair (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
    {
      g_warning ("No keep-alive: socketpair: %s", g_strerror (errno));
      return;
    }
  listener->keepalive[0] = g_socket_new_from_fd (fds[0], &error);
  listener->keepalive[1] = g_socket_new_from_fd (fds[1], error == NULL ? &error : NULL);
  if (error != NULL || !soup_server_listen_socket (listener->soup, listener->keepalive[0], 0, &error))
    g_warning ("No keep-alive: %s", error->message);
}

void
ds_listener_limits_init (DsListenerLimits *limits)
{
  limits->max_connections = DS_LISTENER_MAX_CONNECTIONS_DEFAULT;
  limits->head_timeout_seconds = 10;
  limits->idle_timeout_seconds = 60;
  limits->guard.max_request_line = 8 * 1024;
  limits->guard.max_head = 16 * 1024;
}

DsListener *
ds_listener_new (SoupServer             *soup,
                 const DsListenerLimits *limits)
{
  DsListener *listener = g_new0 (DsListener, 1);

  if (connection_quark == 0)
    connection_quark = g_quark_from_static_string ("ds-guarded-connection");

  listener->soup = g_object_ref (soup);
  listener->limits = *limits;
  g_queue_init (&listener->connections);

  listener->service = g_socket_service_new ();
  g_socket_listener_set_backlog (G_SOCKET_LISTENER (listener->service), 1024);
  g_signal_connect (listener->service, "incoming", G_CALLBACK (incoming_cb), listener);
  g_signal_connect (soup, "request-finished", G_CALLBACK (request_done_cb), listener);
  g_signal_connect (soup, "request-aborted", G_CALLBACK (request_done_cb), listener);
  add_keepalive_listener (listener);
  listener->sweep_id = g_timeout_add_seconds (1, sweep_cb, listener);

  return listener;
}

void
ds_listener_free (DsListener *listener)
{
  if (listener == NULL)
    return;

  g_socket_service_stop (listener->service);
  g_socket_listener_close (G_SOCKET_LISTENER (listener->service));
  g_signal_handlers_disconnect_by_data (listener->service, listener);
  g_clear_object (&listener->service);
  g_signal_handlers_disconnect_by_data (listener->soup, listener);
  g_clear_handle_id (&listener->sweep_id, g_source_remove);

  while (listener->connections.head != NULL)
    connection_detach (listener->connections.head->data);

  for (guint i = 0; i < G_N_ELEMENTS (listener->keepalive); i++)
    if (listener->keepalive[i] != NULL)
      {
        g_socket_close (listener->keepalive[i], NULL);
        g_clear_object (&listener->keepalive[i]);
      }
  g_clear_object (&listener->soup);
  g_free (listener);
}

/* A listening socket with SO_REUSEPORT, so that several server processes
 * share the port and the kernel spreads new connections over them. Bound
 * here, not by g_socket_bind(), which clears SO_REUSEPORT on TCP sockets. */
static GSocketAddress *
add_shared_port (DsListener      *listener,
                 GSocketAddress  *address,
                 GError         **error)
{
  g_autoptr(GSocket) socket = NULL;
  struct sockaddr_storage native;
  gssize size = g_socket_address_get_native_size (address);

  socket = g_socket_new (g_socket_address_get_family (address), G_SOCKET_TYPE_STREAM,
                         G_SOCKET_PROTOCOL_TCP, error);
  if (socket == NULL ||
      !g_socket_set_option (socket, SOL_SOCKET, SO_REUSEADDR, TRUE, error) ||
      !g_socket_set_option (socket, SOL_SOCKET, SO_REUSEPORT, TRUE, error) ||
      size < 0 || !g_socket_address_to_native (address, &native, sizeof native, error))
    return NULL;
  if (bind (g_socket_get_fd (socket), (struct sockaddr *) &native, (socklen_t) size) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "Could not bind: %s", g_strerror (saved));
      return NULL;
    }
  g_socket_set_listen_backlog (socket, 1024);
  if (!g_socket_listen (socket, error) ||
      !g_socket_listener_add_socket (G_SOCKET_LISTENER (listener->service), socket, NULL, error))
    return NULL;
  return g_socket_get_local_address (socket, error);
}

/**
 * ds_listener_add_address:
 *
 * Returns: (transfer full) (nullable): the address listened on (with the
 *   port chosen when @address had port 0)
 */
GSocketAddress *
ds_listener_add_address (DsListener      *listener,
                         GSocketAddress  *address,
                         GError         **error)
{
  GSocketAddress *effective = NULL;

  if (listener->limits.reuse_port)
    effective = add_shared_port (listener, address, error);
  else if (!g_socket_listener_add_address (G_SOCKET_LISTENER (listener->service), address,
                                           G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP,
                                           NULL, &effective, error))
    return NULL;
  if (effective == NULL)
    return NULL;
  g_socket_service_start (listener->service);
  return effective;
}
