import { Controller, Get, Redirect } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '#libs/accounts';
import { WEB_APP_ROOT } from './mount-web-app.js';

/** The site's bare address opens the web app: a person types the host, not /app/. */
@ApiExcludeController()
@Controller()
export class WebAppEntranceController {
  @Public()
  @Get()
  @Redirect(`${WEB_APP_ROOT}/`, 302)
  open(): void {}
}
