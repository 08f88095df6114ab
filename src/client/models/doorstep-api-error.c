/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-api-error.h"

typedef struct {
  GHashTable *field_errors;
  char       *action_url;
} DoorstepApiErrorPrivate;

static void
doorstep_api_error_private_init (DoorstepApiErrorPrivate *priv)
{
  priv->field_errors = NULL;
  priv->action_url = NULL;
}

static void
doorstep_api_error_private_copy (const DoorstepApiErrorPrivate *src,
                                 DoorstepApiErrorPrivate       *dest)
{
  dest->field_errors = src->field_errors != NULL ? g_hash_table_ref (src->field_errors) : NULL;
  dest->action_url = g_strdup (src->action_url);
}

static void
doorstep_api_error_private_clear (DoorstepApiErrorPrivate *priv)
{
  g_clear_pointer (&priv->field_errors, g_hash_table_unref);
  g_clear_pointer (&priv->action_url, g_free);
}

G_DEFINE_EXTENDED_ERROR (DoorstepApiError, doorstep_api_error)

/**
 * doorstep_api_error_get_field_errors:
 *
 * Returns: (transfer none) (nullable): field name → message, for a
 *   %DOORSTEP_API_ERROR_VALIDATION error whose problem named fields
 */
GHashTable *
doorstep_api_error_get_field_errors (const GError *error)
{
  DoorstepApiErrorPrivate *priv = doorstep_api_error_get_private (error);

  return priv != NULL ? priv->field_errors : NULL;
}

/**
 * doorstep_api_error_new_for_status:
 * @detail: (nullable): the server's words for it, or %NULL for ours
 * @field_errors: (transfer full) (nullable): field name → message
 *
 * Returns: (transfer full): the error an HTTP status stands for
 */
GError *
doorstep_api_error_new_for_status (guint       status,
                                   const char *detail,
                                   GHashTable *field_errors)
{
  DoorstepApiError code;
  const char *fallback;
  GError *error;

  switch (status)
    {
    case 401:
      code = DOORSTEP_API_ERROR_UNAUTHORIZED;
      fallback = _("Your session has ended. Sign in again.");
      break;
    case 403:
      code = DOORSTEP_API_ERROR_FORBIDDEN;
      fallback = _("You are not allowed to do this.");
      break;
    case 404:
      code = DOORSTEP_API_ERROR_NOT_FOUND;
      fallback = _("This is no longer there. It may have been removed.");
      break;
    case 409:
    case 412:
      code = DOORSTEP_API_ERROR_CONFLICT;
      fallback = _("Someone else changed this first. Reload to see their changes.");
      break;
    case 402:
      code = DOORSTEP_API_ERROR_PAYMENT_REFUSED;
      fallback = _("The payment was refused. Nothing was charged; try another card.");
      break;
    case 429:
      code = DOORSTEP_API_ERROR_RATE_LIMITED;
      fallback = _("Too many attempts. Wait a few minutes and try again.");
      break;
    default:
      if (status >= 500)
        {
          code = DOORSTEP_API_ERROR_SERVER;
          fallback = _("Something went wrong on the server. Try again in a moment.");
        }
      else
        {
          code = DOORSTEP_API_ERROR_VALIDATION;
          fallback = _("The server could not accept this. Check what you entered.");
        }
      break;
    }

  error = g_error_new_literal (DOORSTEP_API_ERROR, code, detail != NULL ? detail : fallback);
  if (field_errors != NULL)
    doorstep_api_error_get_private (error)->field_errors = field_errors;
  return error;
}

/**
 * doorstep_api_error_get_action_url:
 *
 * Returns: (nullable): for a payment the customer must confirm first (3-D
 *   Secure), the https address where they do
 */
const char *
doorstep_api_error_get_action_url (const GError *error)
{
  DoorstepApiErrorPrivate *priv = doorstep_api_error_get_private (error);

  return priv != NULL ? priv->action_url : NULL;
}

/* Only https addresses: the server's word is not enough to open anything
 * else in the customer's browser. */
void
doorstep_api_error_set_action_url (GError     *error,
                                   const char *action_url)
{
  DoorstepApiErrorPrivate *priv = doorstep_api_error_get_private (error);

  if (priv == NULL || action_url == NULL || !g_str_has_prefix (action_url, "https://"))
    return;
  g_free (priv->action_url);
  priv->action_url = g_strdup (action_url);
}

/**
 * doorstep_api_error_set_invalid:
 * @what: (nullable): which part of the answer, for whoever reads the log
 *
 * Sets an "answer Doorstep does not understand" error.
 */
void
doorstep_api_error_set_invalid (GError     **error,
                                const char  *what)
{
  if (what != NULL)
    g_set_error (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_INVALID_RESPONSE,
                 _("The server sent an answer Doorstep does not understand (%s)."), what);
  else
    g_set_error_literal (error, DOORSTEP_API_ERROR, DOORSTEP_API_ERROR_INVALID_RESPONSE,
                         _("The server sent an answer Doorstep does not understand."));
}
