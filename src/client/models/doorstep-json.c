/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "doorstep-api-error.h"
#include "doorstep-json.h"

/**
 * doorstep_json_get_node:
 * @member: a member name, or a path of them joined by "."
 *
 * Returns: (transfer none) (nullable): the member, or %NULL when it or an
 *   object on its path is missing
 */
JsonNode *
doorstep_json_get_node (JsonObject *object,
                        const char *member)
{
  const char *dot;

  while (object != NULL && (dot = strchr (member, '.')) != NULL)
    {
      g_autofree char *head = g_strndup (member, (gsize) (dot - member));
      JsonNode *node = json_object_get_member (object, head);

      object = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      member = dot + 1;
    }
  return object != NULL ? json_object_get_member (object, member) : NULL;
}

/* Whether @node (which may be %NULL) is a value of @type. */
gboolean
doorstep_json_node_holds (JsonNode *node,
                          GType     type)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

const char *
doorstep_json_get_string (JsonObject *object,
                          const char *member)
{
  JsonNode *node = doorstep_json_get_node (object, member);

  return doorstep_json_node_holds (node, G_TYPE_STRING) ? json_node_get_string (node) : NULL;
}

gint64
doorstep_json_get_int (JsonObject *object,
                       const char *member,
                       gint64      fallback)
{
  JsonNode *node = doorstep_json_get_node (object, member);

  return doorstep_json_node_holds (node, G_TYPE_INT64) ? json_node_get_int (node) : fallback;
}

gboolean
doorstep_json_get_boolean (JsonObject *object,
                           const char *member,
                           gboolean    fallback)
{
  JsonNode *node = doorstep_json_get_node (object, member);

  return doorstep_json_node_holds (node, G_TYPE_BOOLEAN) ? json_node_get_boolean (node) : fallback;
}

JsonObject *
doorstep_json_get_object (JsonObject *object,
                          const char *member)
{
  JsonNode *node = doorstep_json_get_node (object, member);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

JsonArray *
doorstep_json_get_array (JsonObject *object,
                         const char *member)
{
  JsonNode *node = doorstep_json_get_node (object, member);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* Sets an "answer Doorstep does not understand (@what)" error unless
 * @condition holds. */
gboolean
doorstep_json_require (gboolean    condition,
                       const char *what,
                       GError    **error)
{
  if (!condition)
    doorstep_api_error_set_invalid (error, what);
  return condition;
}
