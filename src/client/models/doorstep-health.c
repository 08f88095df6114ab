/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-enum-types.h"
#include "doorstep-health.h"
#include "doorstep-json.h"

struct _DoorstepDemoAccount {
  DoorstepRecord  parent_instance;
  char           *email;
  char           *display_name;
  int             role;
};

G_DEFINE_FINAL_TYPE (DoorstepDemoAccount, doorstep_demo_account, DOORSTEP_TYPE_RECORD)

static const DoorstepField account_fields[] = {
  DOORSTEP_FIELD (DoorstepDemoAccount, email, STRING, "email", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepDemoAccount, display_name, STRING, "display_name", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepDemoAccount, role, ENUM, "role", REQUIRED, doorstep_role_get_type),
};

static void
doorstep_demo_account_class_init (DoorstepDemoAccountClass *klass)
{
  doorstep_record_class_set_fields (DOORSTEP_RECORD_CLASS (klass), "demo account",
                                    account_fields, G_N_ELEMENTS (account_fields));
}

static void
doorstep_demo_account_init (DoorstepDemoAccount *self)
{
}

const char *doorstep_demo_account_get_email (DoorstepDemoAccount *self) { return self->email; }
const char *doorstep_demo_account_get_display_name (DoorstepDemoAccount *self) { return self->display_name; }
DoorstepRole doorstep_demo_account_get_role (DoorstepDemoAccount *self) { return (DoorstepRole) self->role; }

struct _DoorstepHealth {
  DoorstepRecord  parent_instance;
  char           *status;
  char           *version;
  char           *demo_password;
  GListModel     *demo_accounts;
};

G_DEFINE_FINAL_TYPE (DoorstepHealth, doorstep_health, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepHealth, status, STRING, "status", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepHealth, version, STRING, "version", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepHealth, demo_password, STRING, "demo.password", OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepHealth, demo_accounts, LIST, NULL, OPTIONAL, doorstep_demo_account_get_type),
};

/* The accounts only count with the password to sign in to them; one
 * Doorstep cannot read is left out rather than spoiling the page. */
static gboolean
doorstep_health_parse (DoorstepRecord  *record,
                       JsonObject      *object,
                       GError         **error)
{
  DoorstepHealth *self = DOORSTEP_HEALTH (record);
  JsonArray *accounts = doorstep_json_get_array (object, "demo.accounts");
  GListStore *store = g_list_store_new (DOORSTEP_TYPE_DEMO_ACCOUNT);

  self->demo_accounts = G_LIST_MODEL (store);
  for (guint i = 0; self->demo_password != NULL && accounts != NULL && i < json_array_get_length (accounts); i++)
    {
      JsonNode *node = json_array_get_element (accounts, i);
      g_autoptr(DoorstepDemoAccount) account = NULL;

      if (JSON_NODE_HOLDS_OBJECT (node))
        account = doorstep_record_new_from_json (DOORSTEP_TYPE_DEMO_ACCOUNT, json_node_get_object (node), NULL);
      if (account != NULL)
        g_list_store_append (store, account);
    }

  return doorstep_json_require (g_strcmp0 (self->status, "ok") == 0, "health", error);
}

static void
doorstep_health_class_init (DoorstepHealthClass *klass)
{
  DoorstepRecordClass *record_class = DOORSTEP_RECORD_CLASS (klass);

  record_class->parse = doorstep_health_parse;
  doorstep_record_class_set_fields (record_class, "health", fields, G_N_ELEMENTS (fields));
}

static void
doorstep_health_init (DoorstepHealth *self)
{
}

const char *doorstep_health_get_version (DoorstepHealth *self) { return self->version; }
const char *doorstep_health_get_demo_password (DoorstepHealth *self) { return self->demo_password; }
GListModel *doorstep_health_get_demo_accounts (DoorstepHealth *self) { return self->demo_accounts; }
