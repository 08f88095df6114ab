/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The URIs behind Call, Message and Directions, opened by the desktop. */

char *doorstep_contact_tel_uri        (const char *phone);
char *doorstep_contact_sms_uri        (const char *phone);
char *doorstep_contact_mailto_uri     (const char *email);
char *doorstep_contact_directions_uri (const char *address);

G_END_DECLS
