/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-error.h"

typedef struct {
  char       *type;          /* "quote-expired"; NULL: the code's own */
  GHashTable *fields;        /* field -> message, or NULL */
  char       *member;        /* one extension member, or NULL */
  char       *member_value;
  gint64      retry_after;   /* seconds; 0 for none */
} DsErrorPrivate;

static void
ds_error_private_init (DsErrorPrivate *priv)
{
}

static void
ds_error_private_copy (const DsErrorPrivate *src,
                       DsErrorPrivate       *dest)
{
  dest->type = g_strdup (src->type);
  dest->fields = src->fields != NULL ? g_hash_table_ref (src->fields) : NULL;
  dest->member = g_strdup (src->member);
  dest->member_value = g_strdup (src->member_value);
  dest->retry_after = src->retry_after;
}

static void
ds_error_private_clear (DsErrorPrivate *priv)
{
  g_clear_pointer (&priv->type, g_free);
  g_clear_pointer (&priv->fields, g_hash_table_unref);
  g_clear_pointer (&priv->member, g_free);
  g_clear_pointer (&priv->member_value, g_free);
}

G_DEFINE_EXTENDED_ERROR (DsError, ds_error)

static DsErrorPrivate *
get_private (const GError *error)
{
  g_return_val_if_fail (error != NULL && error->domain == DS_ERROR, NULL);
  return ds_error_get_private (error);
}

/**
 * ds_set_problem:
 * @type: (nullable): the problem's own name, "quote-expired"; %NULL for the
 *   code's general one ("not-found", "conflict", ...)
 * @detail: what went wrong, for the person reading it in the app
 */
void
ds_set_problem (GError      **error,
                DsErrorCode   code,
                const char   *type,
                const char   *detail)
{
  GError *new_error;

  if (error == NULL)
    return;
  new_error = g_error_new_literal (DS_ERROR, code, detail);
  get_private (new_error)->type = g_strdup (type);
  g_propagate_error (error, new_error);
}

void
ds_set_problem_printf (GError      **error,
                       DsErrorCode   code,
                       const char   *type,
                       const char   *format,
                       ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);
  ds_set_problem (error, code, type, detail);
}

GHashTable *
ds_field_errors_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

void
ds_field_errors_add (GHashTable *errors,
                     const char *field,
                     const char *message)
{
  /* The first complaint about a field is the one worth reading. */
  if (!g_hash_table_contains (errors, field))
    g_hash_table_insert (errors, g_strdup (field), g_strdup (message));
}

/**
 * ds_set_invalid:
 * @field_errors: what is wrong with each field; at least one
 *
 * Input refused field by field (422, type "validation").
 */
void
ds_set_invalid (GError     **error,
                GHashTable  *field_errors)
{
  GError *new_error;

  g_return_if_fail (field_errors != NULL && g_hash_table_size (field_errors) > 0);
  if (error == NULL)
    return;
  new_error = g_error_new_literal (DS_ERROR, DS_ERROR_INVALID,
                                   g_hash_table_size (field_errors) == 1
                                   ? "One field needs attention."
                                   : "Some fields need attention.");
  get_private (new_error)->type = g_strdup ("validation");
  get_private (new_error)->fields = g_hash_table_ref (field_errors);
  g_propagate_error (error, new_error);
}

/* Input refused for one field, as a query parameter out of range. */
void
ds_set_field_error (GError     **error,
                    const char  *field,
                    const char  *message)
{
  g_autoptr(GHashTable) errors = ds_field_errors_new ();

  ds_field_errors_add (errors, field, message);
  ds_set_invalid (error, errors);
}

/* Names the field a refusal other than 422 is about. */
void
ds_error_add_field (GError     *error,
                    const char *field,
                    const char *message)
{
  DsErrorPrivate *priv = get_private (error);

  if (priv->fields == NULL)
    priv->fields = ds_field_errors_new ();
  ds_field_errors_add (priv->fields, field, message);
}

void
ds_error_set_member (GError     *error,
                     const char *member,
                     const char *value)
{
  DsErrorPrivate *priv = get_private (error);

  g_free (priv->member);
  g_free (priv->member_value);
  priv->member = g_strdup (member);
  priv->member_value = g_strdup (value);
}

void
ds_error_set_retry_after (GError *error,
                          gint64  seconds)
{
  get_private (error)->retry_after = seconds;
}

/* Returns: (nullable): the problem's own type, if it was given one */
const char *
ds_error_get_type_name (const GError *error)
{
  return get_private (error)->type;
}

/* Returns: (nullable) (transfer none): the field errors */
GHashTable *
ds_error_get_fields (const GError *error)
{
  return get_private (error)->fields;
}

/* Returns: (nullable): the extension member's name; its value in @value */
const char *
ds_error_get_member (const GError  *error,
                     const char   **value)
{
  DsErrorPrivate *priv = get_private (error);

  *value = priv->member_value;
  return priv->member;
}

gint64
ds_error_get_retry_after (const GError *error)
{
  return get_private (error)->retry_after;
}
