/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-common.h"
#include "doorstep-contact.h"

/**
 * doorstep_contact_tel_uri:
 *
 * Returns: (transfer full) (nullable): "tel:+15035550142", or %NULL when
 *   @phone is not a phone number
 */
char *
doorstep_contact_tel_uri (const char *phone)
{
  g_autofree char *number = doorstep_phone_normalize (phone);
  return number != NULL ? g_strconcat ("tel:", number, NULL) : NULL;
}

char *
doorstep_contact_sms_uri (const char *phone)
{
  g_autofree char *number = doorstep_phone_normalize (phone);
  return number != NULL ? g_strconcat ("sms:", number, NULL) : NULL;
}

char *
doorstep_contact_mailto_uri (const char *email)
{
  g_autofree char *escaped = NULL;

  if (!doorstep_validate_email (email))
    return NULL;
  escaped = g_uri_escape_string (email, "@", FALSE);
  return g_strconcat ("mailto:", escaped, NULL);
}

/**
 * doorstep_contact_directions_uri:
 * @address: the address on one line
 *
 * Returns: (transfer full) (nullable): an OpenStreetMap search for
 *   @address, which any browser opens and which needs no account
 */
char *
doorstep_contact_directions_uri (const char *address)
{
  g_autofree char *escaped = NULL;

  if (address == NULL || *address == '\0')
    return NULL;
  escaped = g_uri_escape_string (address, NULL, FALSE);
  return g_strconcat ("https://www.openstreetmap.org/search?query=", escaped, NULL);
}
