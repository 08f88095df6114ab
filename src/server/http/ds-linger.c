/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-linger.h"

/* Closing gently: after an answer written straight to the socket (a
 * refusal), what the client still sends is read and dropped for a moment,
 * so that the answer is not lost to a reset. */

#define LINGER_SECONDS   2
#define LINGER_MAX_BYTES (1024 * 1024)

typedef struct {
  GSocket *socket;
  GSource *read_source;
  guint    timeout_id;
  gsize    drained;
} Linger;

static void
linger_free (Linger *linger)
{
  if (linger->read_source != NULL)
    {
      g_source_destroy (linger->read_source);
      g_source_unref (linger->read_source);
    }
  g_clear_handle_id (&linger->timeout_id, g_source_remove);
  g_socket_close (linger->socket, NULL);
  g_object_unref (linger->socket);
  g_free (linger);
}

static gboolean
linger_read_cb (GSocket      *socket,
                GIOCondition  condition,
                gpointer      user_data)
{
  Linger *linger = user_data;
  char buffer[4096];
  gssize n;

  do
    {
      g_autoptr(GError) error = NULL;

      n = g_socket_receive_with_blocking (socket, buffer, sizeof buffer, FALSE, NULL, &error);
      if (n < 0 && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK))
        return G_SOURCE_CONTINUE;
      if (n > 0)
        linger->drained += (gsize) n;
    }
  while (n > 0 && linger->drained < LINGER_MAX_BYTES);

  /* The end, an error, or enough: this source is done either way. */
  g_clear_pointer (&linger->read_source, g_source_unref);
  linger_free (linger);
  return G_SOURCE_REMOVE;
}

static gboolean
linger_timeout_cb (gpointer user_data)
{
  Linger *linger = user_data;

  linger->timeout_id = 0;
  linger_free (linger);
  return G_SOURCE_REMOVE;
}

/**
 * ds_linger_close:
 *
 * Shuts @socket for writing, reads what the client still sends for a
 * moment, then closes it.
 */
void
ds_linger_close (GSocket *socket)
{
  Linger *linger = g_new0 (Linger, 1);

  linger->socket = g_object_ref (socket);
  g_socket_shutdown (socket, FALSE, TRUE, NULL);
  linger->read_source = g_socket_create_source (socket, G_IO_IN | G_IO_HUP | G_IO_ERR, NULL);
  g_source_set_callback (linger->read_source, G_SOURCE_FUNC (linger_read_cb), linger, NULL);
  g_source_attach (linger->read_source, NULL);
  linger->timeout_id = g_timeout_add_seconds (LINGER_SECONDS, linger_timeout_cb, linger);
}
