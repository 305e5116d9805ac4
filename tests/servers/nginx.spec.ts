import { serverJourneys } from './journeys';
import { NGINX } from './servers';

// The built site behind nginx, with the generated include (dist/nginx.conf).
serverJourneys(NGINX);
